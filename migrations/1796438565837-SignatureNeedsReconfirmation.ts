import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The new status alone: PostgreSQL lets no transaction use an enum value it added, and the next
 * migration's index and backfill use it (each migration commits on its own).
 */
export class SignatureNeedsReconfirmation1796438565837 implements MigrationInterface {
  name = 'SignatureNeedsReconfirmation1796438565837';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TYPE "public"."signature_status" ADD VALUE IF NOT EXISTS 'NEEDS_RECONFIRMATION' AFTER 'CONFIRMED'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "signatures" SET "status" = 'CONFIRMED' WHERE "status" = 'NEEDS_RECONFIRMATION'`);
    await queryRunner.query(
      `CREATE TYPE "public"."signature_status_old" AS ENUM('PENDING', 'CONFIRMED', 'WITHDRAWN', 'INVALIDATED')`,
    );
    await queryRunner.query(`DROP INDEX IF EXISTS "public"."signatures_letter_listed_idx"`);
    await queryRunner.query(`ALTER TABLE "signatures" DROP CONSTRAINT "signatures_confirmed_has_time"`);
    await queryRunner.query(`ALTER TABLE "signatures" DROP CONSTRAINT "signatures_counted_only_confirmed"`);
    await queryRunner.query(`ALTER TABLE "signatures" ALTER COLUMN "status" DROP DEFAULT`);
    await queryRunner.query(
      `ALTER TABLE "signatures" ALTER COLUMN "status" TYPE "public"."signature_status_old" USING "status"::"text"::"public"."signature_status_old"`,
    );
    await queryRunner.query(`ALTER TABLE "signatures" ALTER COLUMN "status" SET DEFAULT 'PENDING'`);
    await queryRunner.query(`DROP TYPE "public"."signature_status"`);
    await queryRunner.query(`ALTER TYPE "public"."signature_status_old" RENAME TO "signature_status"`);
    await queryRunner.query(
      `ALTER TABLE "signatures" ADD CONSTRAINT "signatures_confirmed_has_time" CHECK ("status" <> 'CONFIRMED' OR "confirmed_at" IS NOT NULL)`,
    );
    await queryRunner.query(
      `ALTER TABLE "signatures" ADD CONSTRAINT "signatures_counted_only_confirmed" CHECK (NOT "counted" OR "status" = 'CONFIRMED')`,
    );
    await queryRunner.query(
      `CREATE INDEX "signatures_letter_listed_idx" ON "signatures" ("letter_id", "confirmed_at", "id") WHERE "status" = 'CONFIRMED' AND "show_name" AND "name" IS NOT NULL`,
    );
  }
}
