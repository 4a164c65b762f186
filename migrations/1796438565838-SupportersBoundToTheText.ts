import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SupportersBoundToTheText1796438565838 implements MigrationInterface {
  name = 'SupportersBoundToTheText1796438565838';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "signature_tokens" ("token_hash" character(64) NOT NULL, "signature_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f882f10636b03fd6507b1c7919c" PRIMARY KEY ("token_hash"))`);
    await queryRunner.query(`CREATE INDEX "signature_tokens_signature_idx" ON "signature_tokens"  ("signature_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "signature_tokens" ADD CONSTRAINT "FK_643c4a131e8517cab9cec192874" FOREIGN KEY ("signature_id") REFERENCES "signatures"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // The links already mailed keep working, each for the version current when its signature was made.
    await queryRunner.query(`INSERT INTO "signature_tokens" ("token_hash", "signature_id", "version", "created_at")
      SELECT s."token_hash", s."id",
        coalesce((SELECT max(v."number") FROM "letter_versions" v WHERE v."letter_id" = s."letter_id" AND v."created_at" <= s."created_at"), l."current_version"),
        s."created_at"
      FROM "signatures" s JOIN "letters" l ON l."id" = s."letter_id"`);
    await queryRunner.query(`DROP INDEX "public"."signatures_token_hash_key"`);
    await queryRunner.query(`ALTER TABLE "signatures" DROP COLUMN "token_hash"`);
    await queryRunner.query(`ALTER TABLE "signatures" ADD "confirmed_version" integer`);
    await queryRunner.query(`ALTER TABLE "signatures" ADD "reconfirm_mailed_version" integer`);
    // Confirmed supporters confirmed the version current at their confirmation.
    await queryRunner.query(`UPDATE "signatures" s SET "confirmed_version" = coalesce(
        (SELECT max(v."number") FROM "letter_versions" v WHERE v."letter_id" = s."letter_id" AND v."created_at" <= s."confirmed_at"),
        (SELECT l."current_version" FROM "letters" l WHERE l."id" = s."letter_id"))
      WHERE s."status" = 'CONFIRMED'`);
    await queryRunner.query(`CREATE INDEX "signatures_letter_awaiting_idx" ON "signatures"  ("letter_id", "id") WHERE "status" = 'NEEDS_RECONFIRMATION'`);
    await queryRunner.query(`ALTER TABLE "signatures" ADD CONSTRAINT "signatures_confirmed_has_version" CHECK ("status" <> 'CONFIRMED' OR "confirmed_version" IS NOT NULL)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "signatures" DROP CONSTRAINT "signatures_confirmed_has_version"`);
    await queryRunner.query(`DROP INDEX "public"."signatures_letter_awaiting_idx"`);
    await queryRunner.query(`ALTER TABLE "signatures" DROP COLUMN "reconfirm_mailed_version"`);
    await queryRunner.query(`ALTER TABLE "signatures" DROP COLUMN "confirmed_version"`);
    await queryRunner.query(`ALTER TABLE "signatures" ADD "token_hash" character(64)`);
    // The newest link of each signature is the one kept.
    await queryRunner.query(`UPDATE "signatures" s SET "token_hash" = (SELECT t."token_hash" FROM "signature_tokens" t
      WHERE t."signature_id" = s."id" ORDER BY t."created_at" DESC LIMIT 1)`);
    await queryRunner.query(`UPDATE "signatures" SET "token_hash" = encode(sha256(convert_to(gen_random_uuid()::text, 'UTF8')), 'hex') WHERE "token_hash" IS NULL`);
    await queryRunner.query(`ALTER TABLE "signatures" ALTER COLUMN "token_hash" SET NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "signatures_token_hash_key" ON "signatures" USING btree ("token_hash") `);
    await queryRunner.query(`ALTER TABLE "signature_tokens" DROP CONSTRAINT "FK_643c4a131e8517cab9cec192874"`);
    await queryRunner.query(`DROP INDEX "public"."signature_tokens_signature_idx"`);
    await queryRunner.query(`DROP TABLE "signature_tokens"`);
  }
}
