import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Targeting1795335648718 implements MigrationInterface {
  name = 'Targeting1795335648718';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."targeting_mode" AS ENUM('RECIPIENTS', 'OWN_REPRESENTATIVE')`);
    await queryRunner.query(`CREATE TABLE "letter_targeting" ("letter_id" uuid NOT NULL, "mode" "public"."targeting_mode" NOT NULL, "area_type" character varying(32) NOT NULL, "per_target_per_hour" integer NOT NULL, "enabled_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "letter_targeting_area_type_format" CHECK ("area_type" ~ '^[A-Z0-9_]+$'), CONSTRAINT "letter_targeting_rate" CHECK ("per_target_per_hour" BETWEEN 1 AND 1000), CONSTRAINT "letter_targeting_pkey" PRIMARY KEY ("letter_id"))`);
    await queryRunner.query(`CREATE TABLE "target_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "letter_id" uuid NOT NULL, "signature_id" uuid NOT NULL, "target_id" uuid NOT NULL, "status" "public"."delivery_status" NOT NULL DEFAULT 'PENDING', "scheduled_at" TIMESTAMP WITH TIME ZONE NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "first_attempt_at" TIMESTAMP WITH TIME ZONE, "claimed_at" TIMESTAMP WITH TIME ZONE, "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, "message_id" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "target_messages_signature_target_key" UNIQUE ("signature_id", "target_id"), CONSTRAINT "target_messages_attempts" CHECK ("attempts" >= 0), CONSTRAINT "PK_d77bcdd4f7bcb5b0b39a6ddc341" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "target_messages_letter_idx" ON "target_messages"  ("letter_id", "target_id") `);
    await queryRunner.query(`CREATE INDEX "target_messages_due_idx" ON "target_messages"  ("scheduled_at") WHERE "status" IN ('PENDING', 'SENDING')`);
    await queryRunner.query(`CREATE INDEX "target_messages_target_scheduled_idx" ON "target_messages"  ("target_id", "scheduled_at") `);
    await queryRunner.query(`CREATE TABLE "target_message_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "message_id" uuid NOT NULL, "status" "public"."delivery_status" NOT NULL, "note" text, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a06be167ae9baecb4a13a17f879" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "target_message_events_message_idx" ON "target_message_events"  ("message_id", "occurred_at") `);
    await queryRunner.query(`ALTER TABLE "targets" ADD "email_failed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "letter_targeting" ADD CONSTRAINT "FK_b8c1ecd5a255835f5600d4d2f4d" FOREIGN KEY ("letter_id") REFERENCES "letters"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "target_messages" ADD CONSTRAINT "FK_2e90cea13e2ed3761b3a27e9c59" FOREIGN KEY ("letter_id") REFERENCES "letters"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "target_messages" ADD CONSTRAINT "FK_ee0698c34b9090513287ea452a7" FOREIGN KEY ("signature_id") REFERENCES "signatures"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "target_messages" ADD CONSTRAINT "FK_0bbd852584baf24c1fe6329b06e" FOREIGN KEY ("target_id") REFERENCES "targets"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "target_message_events" ADD CONSTRAINT "FK_00af76a42a4d4505af42e109cf5" FOREIGN KEY ("message_id") REFERENCES "target_messages"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "target_message_events" DROP CONSTRAINT "FK_00af76a42a4d4505af42e109cf5"`);
    await queryRunner.query(`ALTER TABLE "target_messages" DROP CONSTRAINT "FK_0bbd852584baf24c1fe6329b06e"`);
    await queryRunner.query(`ALTER TABLE "target_messages" DROP CONSTRAINT "FK_ee0698c34b9090513287ea452a7"`);
    await queryRunner.query(`ALTER TABLE "target_messages" DROP CONSTRAINT "FK_2e90cea13e2ed3761b3a27e9c59"`);
    await queryRunner.query(`ALTER TABLE "letter_targeting" DROP CONSTRAINT "FK_b8c1ecd5a255835f5600d4d2f4d"`);
    await queryRunner.query(`ALTER TABLE "targets" DROP COLUMN "email_failed_at"`);
    await queryRunner.query(`DROP INDEX "public"."target_message_events_message_idx"`);
    await queryRunner.query(`DROP TABLE "target_message_events"`);
    await queryRunner.query(`DROP INDEX "public"."target_messages_target_scheduled_idx"`);
    await queryRunner.query(`DROP INDEX "public"."target_messages_due_idx"`);
    await queryRunner.query(`DROP INDEX "public"."target_messages_letter_idx"`);
    await queryRunner.query(`DROP TABLE "target_messages"`);
    await queryRunner.query(`DROP TABLE "letter_targeting"`);
    await queryRunner.query(`DROP TYPE "public"."targeting_mode"`);
  }
}
