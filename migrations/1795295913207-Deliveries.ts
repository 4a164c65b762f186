import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Deliveries1795295913207 implements MigrationInterface {
  name = 'Deliveries1795295913207';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."delivery_status" AS ENUM('PENDING', 'SENDING', 'SENT', 'DELIVERED', 'ACKNOWLEDGED', 'RESPONDED', 'FAILED')`);
    await queryRunner.query(`CREATE TABLE "delivery_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "delivery_id" uuid NOT NULL, "status" "public"."delivery_status" NOT NULL, "note" text, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_19b3537a3e016d72733fa56f7a4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "delivery_events_delivery_idx" ON "delivery_events"  ("delivery_id", "occurred_at") `);
    await queryRunner.query(`CREATE TYPE "public"."delivery_channel" AS ENUM('EMAIL', 'POST', 'HAND')`);
    await queryRunner.query(`CREATE TABLE "deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "letter_id" uuid NOT NULL, "recipient_id" uuid NOT NULL, "channel" "public"."delivery_channel" NOT NULL, "status" "public"."delivery_status" NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, "message_id" character varying(200), "ack_token_hash" character(64) NOT NULL, "response" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "deliveries_recipient_key" UNIQUE ("recipient_id"), CONSTRAINT "PK_a6ef225c5c5f0974e503bfb731f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "deliveries_ack_token_hash_key" ON "deliveries"  ("ack_token_hash") `);
    await queryRunner.query(`CREATE INDEX "deliveries_letter_idx" ON "deliveries"  ("letter_id") `);
    await queryRunner.query(`CREATE TYPE "public"."recipient_role" AS ENUM('TO', 'CC')`);
    await queryRunner.query(`CREATE TABLE "letter_recipients" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "letter_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "title" character varying(200), "organisation" character varying(200), "email" character varying(320), "postal_address" text, "role" "public"."recipient_role" NOT NULL, "channel" "public"."delivery_channel" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "letter_recipients_post_channel" CHECK ("channel" <> 'POST' OR "postal_address" IS NOT NULL), CONSTRAINT "letter_recipients_email_channel" CHECK ("channel" <> 'EMAIL' OR "email" IS NOT NULL), CONSTRAINT "PK_4dc7385655f09caf884dac901b2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "letter_recipients_letter_idx" ON "letter_recipients"  ("letter_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "letter_editions" ("letter_id" uuid NOT NULL, "version_id" uuid NOT NULL, "signatories" jsonb NOT NULL, "anonymous_count" integer NOT NULL, "html" text NOT NULL, "text" text NOT NULL, "pdf" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_690d01468c006183049226f1d5f" PRIMARY KEY ("letter_id"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "letter_editions"`);
    await queryRunner.query(`DROP INDEX "public"."letter_recipients_letter_idx"`);
    await queryRunner.query(`DROP TABLE "letter_recipients"`);
    await queryRunner.query(`DROP TYPE "public"."recipient_role"`);
    await queryRunner.query(`DROP INDEX "public"."deliveries_letter_idx"`);
    await queryRunner.query(`DROP INDEX "public"."deliveries_ack_token_hash_key"`);
    await queryRunner.query(`DROP TABLE "deliveries"`);
    await queryRunner.query(`DROP TYPE "public"."delivery_channel"`);
    await queryRunner.query(`DROP INDEX "public"."delivery_events_delivery_idx"`);
    await queryRunner.query(`DROP TABLE "delivery_events"`);
    await queryRunner.query(`DROP TYPE "public"."delivery_status"`);
  }
}
