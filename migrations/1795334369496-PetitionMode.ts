import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PetitionMode1795334369496 implements MigrationInterface {
  name = 'PetitionMode1795334369496';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."signature_status" AS ENUM('PENDING', 'CONFIRMED', 'WITHDRAWN', 'INVALIDATED')`);
    await queryRunner.query(`CREATE TABLE "signatures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "letter_id" uuid NOT NULL, "status" "public"."signature_status" NOT NULL DEFAULT 'PENDING', "name" character varying(200), "email" character varying(254), "email_fingerprint" character(64) NOT NULL, "email_domain" character varying(253) NOT NULL, "country" character varying(64), "postcode" character varying(10), "area_code" character varying(64), "ip_address" inet, "comment" character varying(1000), "show_name" boolean NOT NULL DEFAULT true, "age_confirmed" boolean, "consented" boolean NOT NULL DEFAULT false, "consent_version" integer, "consented_at" TIMESTAMP WITH TIME ZONE, "token_hash" character(64) NOT NULL, "mails_sent" integer NOT NULL DEFAULT '0', "counted" boolean NOT NULL DEFAULT false, "counted_country" character varying(64), "counted_area" character varying(64), "dirty" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "confirmed_at" TIMESTAMP WITH TIME ZONE, "ended_at" TIMESTAMP WITH TIME ZONE, "erased_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "signatures_consent_has_version" CHECK (NOT "consented" OR ("consent_version" IS NOT NULL AND "consented_at" IS NOT NULL)), CONSTRAINT "signatures_counted_only_confirmed" CHECK (NOT "counted" OR "status" = 'CONFIRMED'), CONSTRAINT "signatures_confirmed_has_time" CHECK ("status" <> 'CONFIRMED' OR "confirmed_at" IS NOT NULL), CONSTRAINT "PK_f56eb3cd344ce7f9ae28ce814eb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "signatures_letter_ip_idx" ON "signatures"  ("letter_id", "ip_address") WHERE "ip_address" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "signatures_letter_domain_idx" ON "signatures"  ("letter_id", "email_domain") `);
    await queryRunner.query(`CREATE INDEX "signatures_letter_listed_idx" ON "signatures"  ("letter_id", "confirmed_at", "id") WHERE "status" = 'CONFIRMED' AND "show_name" AND "name" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "signatures_dirty_idx" ON "signatures"  ("id") WHERE "dirty"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "signatures_token_hash_key" ON "signatures"  ("token_hash") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "signatures_letter_fingerprint_key" ON "signatures"  ("letter_id", "email_fingerprint") `);
    await queryRunner.query(`CREATE TYPE "public"."supporter_names" AS ENUM('LISTED', 'COUNT_ONLY')`);
    await queryRunner.query(`CREATE TABLE "petition_settings" ("letter_id" uuid NOT NULL, "accept_supporters" boolean NOT NULL, "goal" integer, "current_goal" integer, "raise_goal_when_reached" boolean NOT NULL DEFAULT false, "minimum_age" integer, "ask_postcode" boolean NOT NULL DEFAULT false, "consent_version" integer, "supporter_names" "public"."supporter_names" NOT NULL DEFAULT 'COUNT_ONLY', "blocked_email_domains" text array NOT NULL DEFAULT '{}', "blocked_ip_ranges" inet array NOT NULL DEFAULT '{}', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "petition_settings_minimum_age_range" CHECK ("minimum_age" IS NULL OR "minimum_age" BETWEEN 1 AND 120), CONSTRAINT "petition_settings_current_goal_positive" CHECK ("current_goal" IS NULL OR "current_goal" > 0), CONSTRAINT "petition_settings_goal_positive" CHECK ("goal" IS NULL OR "goal" > 0), CONSTRAINT "PK_bb1577d821bc47370e4da57cee0" PRIMARY KEY ("letter_id"))`);
    await queryRunner.query(`CREATE TABLE "supporter_counts" ("letter_id" uuid NOT NULL, "dimension" character varying(10) NOT NULL, "key" character varying(64) NOT NULL, "count" integer NOT NULL, CONSTRAINT "supporter_counts_not_negative" CHECK ("count" >= 0), CONSTRAINT "PK_ce8297ee0ea722c3a289ac73f91" PRIMARY KEY ("letter_id", "dimension", "key"))`);
    await queryRunner.query(`CREATE TABLE "petition_consent_texts" ("letter_id" uuid NOT NULL, "version" integer NOT NULL, "text" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c80fd5e749561d86b4aeb55e9f5" PRIMARY KEY ("letter_id", "version"))`);
    await queryRunner.query(`CREATE TABLE "supporter_keys" ("name" character varying(40) NOT NULL, "key" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0e63155a0bf961ad495d1b96b5d" PRIMARY KEY ("name"))`);
    await queryRunner.query(`ALTER TABLE "signatures" ADD CONSTRAINT "FK_7b930dc4c5d04eec0cb6a2730ba" FOREIGN KEY ("letter_id") REFERENCES "letters"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "petition_settings" ADD CONSTRAINT "FK_bb1577d821bc47370e4da57cee0" FOREIGN KEY ("letter_id") REFERENCES "letters"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "supporter_counts" ADD CONSTRAINT "FK_5b2068563efe8133058a29a8a57" FOREIGN KEY ("letter_id") REFERENCES "letters"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "petition_consent_texts" ADD CONSTRAINT "FK_dabd4c6c12eb7eaf24ddb572a6d" FOREIGN KEY ("letter_id") REFERENCES "letters"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "petition_consent_texts" DROP CONSTRAINT "FK_dabd4c6c12eb7eaf24ddb572a6d"`);
    await queryRunner.query(`ALTER TABLE "supporter_counts" DROP CONSTRAINT "FK_5b2068563efe8133058a29a8a57"`);
    await queryRunner.query(`ALTER TABLE "petition_settings" DROP CONSTRAINT "FK_bb1577d821bc47370e4da57cee0"`);
    await queryRunner.query(`ALTER TABLE "signatures" DROP CONSTRAINT "FK_7b930dc4c5d04eec0cb6a2730ba"`);
    await queryRunner.query(`DROP TABLE "supporter_keys"`);
    await queryRunner.query(`DROP TABLE "petition_consent_texts"`);
    await queryRunner.query(`DROP TABLE "supporter_counts"`);
    await queryRunner.query(`DROP TABLE "petition_settings"`);
    await queryRunner.query(`DROP TYPE "public"."supporter_names"`);
    await queryRunner.query(`DROP INDEX "public"."signatures_letter_fingerprint_key"`);
    await queryRunner.query(`DROP INDEX "public"."signatures_token_hash_key"`);
    await queryRunner.query(`DROP INDEX "public"."signatures_dirty_idx"`);
    await queryRunner.query(`DROP INDEX "public"."signatures_letter_listed_idx"`);
    await queryRunner.query(`DROP INDEX "public"."signatures_letter_domain_idx"`);
    await queryRunner.query(`DROP INDEX "public"."signatures_letter_ip_idx"`);
    await queryRunner.query(`DROP TABLE "signatures"`);
    await queryRunner.query(`DROP TYPE "public"."signature_status"`);
  }
}
