import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OpenSignOn1796472495493 implements MigrationInterface {
  name = 'OpenSignOn1796472495493';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "sign_on_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "letter_id" uuid NOT NULL, "email" character varying(320) NOT NULL, "content_hash" character(64) NOT NULL, "organisation_name" character varying(200) NOT NULL, "country" character varying(200), "website" character varying(2048), "signer_name" character varying(200) NOT NULL, "signer_title" character varying(200) NOT NULL, "display_name" character varying(200), "anonymous" boolean, "accept_minor_edits" boolean, "comment" text, "token_hash" character(64) NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "sign_on_requests_expiry" CHECK ("expires_at" > "created_at"), CONSTRAINT "sign_on_requests_content_hash_format" CHECK ("content_hash" ~ '^[0-9a-f]{64}$'), CONSTRAINT "sign_on_requests_email_lower" CHECK ("email" = lower("email")), CONSTRAINT "PK_ccfe997b2cb3245f134d006a3bc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "sign_on_requests_token_key" ON "sign_on_requests"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "sign_on_requests_letter_email_idx" ON "sign_on_requests"  ("letter_id", "email") `);
    await queryRunner.query(`ALTER TABLE "letters" ADD "open_sign_on" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "letters" ADD "auto_approve_verified" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "endorsements" ADD "sign_on_request_id" uuid`);
    await queryRunner.query(`ALTER TABLE "endorsements" ADD "sign_on_approved_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE UNIQUE INDEX "endorsements_sign_on_request_key" ON "endorsements"  ("sign_on_request_id") WHERE "sign_on_request_id" IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "endorsements_sign_on_address_key" ON "endorsements"  ("letter_id", "signed_by_email") WHERE "sign_on_request_id" IS NOT NULL AND "signed_by_email" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "letters" ADD CONSTRAINT "letters_open_sign_on_public" CHECK (NOT "open_sign_on" OR "visibility" = 'PUBLIC')`);
    await queryRunner.query(`ALTER TABLE "endorsements" ADD CONSTRAINT "endorsements_sign_on_signed_approved" CHECK ("status" <> 'SIGNED' OR "sign_on_request_id" IS NULL OR "sign_on_approved_at" IS NOT NULL)`);
    await queryRunner.query(`ALTER TABLE "endorsements" ADD CONSTRAINT "endorsements_sign_on_approved" CHECK ("sign_on_approved_at" IS NULL OR "sign_on_request_id" IS NOT NULL)`);
    await queryRunner.query(`ALTER TABLE "endorsements" ADD CONSTRAINT "endorsements_one_way_in" CHECK ("invitation_id" IS NULL OR "sign_on_request_id" IS NULL)`);
    await queryRunner.query(`ALTER TABLE "endorsements" ADD CONSTRAINT "endorsements_sign_on_signer" CHECK ("sign_on_request_id" IS NULL OR "signed_by_email" IS NOT NULL OR "signed_by_id" IS NOT NULL)`);
    await queryRunner.query(`ALTER TABLE "sign_on_requests" ADD CONSTRAINT "FK_213252fe7b0353bfd90f2f1b4b2" FOREIGN KEY ("letter_id") REFERENCES "letters"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "endorsements" ADD CONSTRAINT "FK_1df1be96fd8caca1a454cf233e9" FOREIGN KEY ("sign_on_request_id") REFERENCES "sign_on_requests"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "endorsements" DROP CONSTRAINT "FK_1df1be96fd8caca1a454cf233e9"`);
    await queryRunner.query(`ALTER TABLE "sign_on_requests" DROP CONSTRAINT "FK_213252fe7b0353bfd90f2f1b4b2"`);
    await queryRunner.query(`ALTER TABLE "endorsements" DROP CONSTRAINT "endorsements_sign_on_signer"`);
    await queryRunner.query(`ALTER TABLE "endorsements" DROP CONSTRAINT "endorsements_one_way_in"`);
    await queryRunner.query(`ALTER TABLE "endorsements" DROP CONSTRAINT "endorsements_sign_on_approved"`);
    await queryRunner.query(`ALTER TABLE "endorsements" DROP CONSTRAINT "endorsements_sign_on_signed_approved"`);
    await queryRunner.query(`ALTER TABLE "letters" DROP CONSTRAINT "letters_open_sign_on_public"`);
    await queryRunner.query(`DROP INDEX "public"."endorsements_sign_on_address_key"`);
    await queryRunner.query(`DROP INDEX "public"."endorsements_sign_on_request_key"`);
    await queryRunner.query(`ALTER TABLE "endorsements" DROP COLUMN "sign_on_approved_at"`);
    await queryRunner.query(`ALTER TABLE "endorsements" DROP COLUMN "sign_on_request_id"`);
    await queryRunner.query(`ALTER TABLE "letters" DROP COLUMN "auto_approve_verified"`);
    await queryRunner.query(`ALTER TABLE "letters" DROP COLUMN "open_sign_on"`);
    await queryRunner.query(`DROP INDEX "public"."sign_on_requests_letter_email_idx"`);
    await queryRunner.query(`DROP INDEX "public"."sign_on_requests_token_key"`);
    await queryRunner.query(`DROP TABLE "sign_on_requests"`);
  }
}
