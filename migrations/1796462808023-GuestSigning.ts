import type { MigrationInterface, QueryRunner } from 'typeorm';

export class GuestSigning1796462808023 implements MigrationInterface {
  name = 'GuestSigning1796462808023';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "endorsement_manage_links" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "endorsement_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_350001f8c88a38dd689c5cafed6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "endorsement_manage_links_endorsement_idx" ON "endorsement_manage_links"  ("endorsement_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "endorsement_manage_links_token_key" ON "endorsement_manage_links"  ("token_hash") `);
    await queryRunner.query(`ALTER TABLE "endorsements" ADD "signed_by_email" character varying(320)`);
    await queryRunner.query(`ALTER TABLE "endorsements" ADD "invitation_id" uuid`);
    await queryRunner.query(`CREATE INDEX "endorsements_signed_by_email_idx" ON "endorsements"  ("signed_by_email") WHERE "signed_by_email" IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "endorsements_invitation_key" ON "endorsements"  ("invitation_id") WHERE "invitation_id" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "endorsements" ADD CONSTRAINT "endorsements_invitation_signer" CHECK ("invitation_id" IS NULL OR "signed_by_email" IS NOT NULL OR "signed_by_id" IS NOT NULL)`);
    await queryRunner.query(`ALTER TABLE "endorsements" ADD CONSTRAINT "FK_9fd5040658625ec7ebf31743637" FOREIGN KEY ("invitation_id") REFERENCES "letter_invitations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "endorsement_manage_links" ADD CONSTRAINT "FK_1a470c1d1deec1efad3f496b2ce" FOREIGN KEY ("endorsement_id") REFERENCES "endorsements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "endorsement_manage_links" DROP CONSTRAINT "FK_1a470c1d1deec1efad3f496b2ce"`);
    await queryRunner.query(`ALTER TABLE "endorsements" DROP CONSTRAINT "FK_9fd5040658625ec7ebf31743637"`);
    await queryRunner.query(`ALTER TABLE "endorsements" DROP CONSTRAINT "endorsements_invitation_signer"`);
    await queryRunner.query(`DROP INDEX "public"."endorsements_invitation_key"`);
    await queryRunner.query(`DROP INDEX "public"."endorsements_signed_by_email_idx"`);
    await queryRunner.query(`ALTER TABLE "endorsements" DROP COLUMN "invitation_id"`);
    await queryRunner.query(`ALTER TABLE "endorsements" DROP COLUMN "signed_by_email"`);
    await queryRunner.query(`DROP INDEX "public"."endorsement_manage_links_token_key"`);
    await queryRunner.query(`DROP INDEX "public"."endorsement_manage_links_endorsement_idx"`);
    await queryRunner.query(`DROP TABLE "endorsement_manage_links"`);
  }
}
