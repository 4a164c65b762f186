import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TrustSigning1795324493608 implements MigrationInterface {
  name = 'TrustSigning1795324493608';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "endorsements" ADD "accept_minor_edits" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "endorsements" ADD "rejected_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "endorsements" ADD "reject_reason" text`);
    // Invitations sent before this migration expire INVITATION_TTL_DAYS' default after they were sent.
    await queryRunner.query(`ALTER TABLE "letter_invitations" ADD "expires_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`UPDATE "letter_invitations" SET "expires_at" = "created_at" + interval '30 days'`);
    await queryRunner.query(`ALTER TABLE "letter_invitations" ALTER COLUMN "expires_at" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "organisations" ADD "verified_domain" character varying(253)`);
    await queryRunner.query(`DROP INDEX "public"."endorsements_letter_status_idx"`);
    await queryRunner.query(`ALTER TYPE "public"."endorsement_status" ADD VALUE 'REJECTED'`);
    await queryRunner.query(`ALTER TYPE "public"."organisation_role" ADD VALUE 'COORDINATOR'`);
    await queryRunner.query(`CREATE INDEX "endorsements_letter_status_idx" ON "endorsements"  ("letter_id", "status") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."endorsements_letter_status_idx"`);
    await queryRunner.query(`ALTER TABLE "membership_invitations" ALTER COLUMN "role" TYPE "public"."organisation_role_old" USING "role"::"text"::"public"."organisation_role_old"`);
    await queryRunner.query(`CREATE TYPE "public"."organisation_role_old" AS ENUM('OWNER', 'SIGNATORY', 'MEMBER')`);
    await queryRunner.query(`ALTER TABLE "memberships" ALTER COLUMN "role" TYPE "public"."organisation_role_old" USING "role"::"text"::"public"."organisation_role_old"`);
    await queryRunner.query(`DROP TYPE "public"."organisation_role"`);
    await queryRunner.query(`ALTER TYPE "public"."organisation_role_old" RENAME TO "organisation_role"`);
    await queryRunner.query(`CREATE TYPE "public"."endorsement_status_old" AS ENUM('SIGNED', 'NEEDS_RECONFIRMATION', 'WITHDRAWN')`);
    await queryRunner.query(`ALTER TABLE "endorsements" ALTER COLUMN "status" TYPE "public"."endorsement_status_old" USING "status"::"text"::"public"."endorsement_status_old"`);
    await queryRunner.query(`DROP TYPE "public"."endorsement_status"`);
    await queryRunner.query(`ALTER TYPE "public"."endorsement_status_old" RENAME TO "endorsement_status"`);
    await queryRunner.query(`CREATE INDEX "endorsements_letter_status_idx" ON "endorsements" USING btree ("letter_id", "status") `);
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "verified_domain"`);
    await queryRunner.query(`ALTER TABLE "letter_invitations" DROP COLUMN "expires_at"`);
    await queryRunner.query(`ALTER TABLE "endorsements" DROP COLUMN "reject_reason"`);
    await queryRunner.query(`ALTER TABLE "endorsements" DROP COLUMN "rejected_at"`);
    await queryRunner.query(`ALTER TABLE "endorsements" DROP COLUMN "accept_minor_edits"`);
  }
}
