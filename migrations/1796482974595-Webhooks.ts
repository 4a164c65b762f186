import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Webhooks1796482974595 implements MigrationInterface {
  name = 'Webhooks1796482974595';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "webhooks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "url" character varying(2000) NOT NULL, "events" character varying(40) array NOT NULL, "letter_id" uuid, "enabled" boolean NOT NULL DEFAULT true, "disabled_reason" character varying(1000), "secret_encrypted" text NOT NULL, "previous_secret_encrypted" text, "previous_secret_until" TIMESTAMP WITH TIME ZONE, "signing_key_encrypted" text NOT NULL, "public_key" character varying(100) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "webhooks_url_length" CHECK (char_length("url") <= 2000), CONSTRAINT "webhooks_events_not_empty" CHECK (cardinality("events") > 0), CONSTRAINT "PK_9e8795cfc899ab7bdaa831e8527" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "webhooks_organisation_idx" ON "webhooks"  ("organisation_id") `);
    await queryRunner.query(`CREATE TABLE "webhook_deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "webhook_id" uuid NOT NULL, "event" character varying(40) NOT NULL, "message_id" character varying(64) NOT NULL, "body" text NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'PENDING', "last_status_code" integer, "next_attempt_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "attempts" integer NOT NULL DEFAULT '0', "first_attempt_at" TIMESTAMP WITH TIME ZONE, "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "webhook_deliveries_body_size" CHECK (octet_length("body") <= 20480), CONSTRAINT "webhook_deliveries_due_when_open" CHECK ("status" NOT IN ('PENDING', 'SENDING') OR "next_attempt_at" IS NOT NULL), CONSTRAINT "webhook_deliveries_status" CHECK ("status" IN ('PENDING', 'SENDING', 'SUCCEEDED', 'FAILED')), CONSTRAINT "PK_535dd409947fb6d8fc6dfc0112a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "webhook_deliveries_due_idx" ON "webhook_deliveries"  ("next_attempt_at") WHERE "status" IN ('PENDING', 'SENDING')`);
    await queryRunner.query(`CREATE INDEX "webhook_deliveries_webhook_created_idx" ON "webhook_deliveries"  ("webhook_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "webhooks" ADD CONSTRAINT "FK_f17cbaff252a2efbca190dbd0ff" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "webhooks" ADD CONSTRAINT "FK_0eba9c709ce9e859841679e5bd4" FOREIGN KEY ("letter_id") REFERENCES "letters"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "FK_a0286aeb96db651efd1ae2966f2" FOREIGN KEY ("webhook_id") REFERENCES "webhooks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "FK_a0286aeb96db651efd1ae2966f2"`);
    await queryRunner.query(`ALTER TABLE "webhooks" DROP CONSTRAINT "FK_0eba9c709ce9e859841679e5bd4"`);
    await queryRunner.query(`ALTER TABLE "webhooks" DROP CONSTRAINT "FK_f17cbaff252a2efbca190dbd0ff"`);
    await queryRunner.query(`DROP INDEX "public"."webhook_deliveries_webhook_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."webhook_deliveries_due_idx"`);
    await queryRunner.query(`DROP TABLE "webhook_deliveries"`);
    await queryRunner.query(`DROP INDEX "public"."webhooks_organisation_idx"`);
    await queryRunner.query(`DROP TABLE "webhooks"`);
  }
}
