import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Endorsements1795293960402 implements MigrationInterface {
  name = 'Endorsements1795293960402';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."endorsement_status" AS ENUM('SIGNED', 'NEEDS_RECONFIRMATION', 'WITHDRAWN')`);
    await queryRunner.query(`CREATE TABLE "endorsements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "letter_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "status" "public"."endorsement_status" NOT NULL, "signed_version_id" uuid NOT NULL, "signed_version_number" integer NOT NULL, "content_hash" character(64) NOT NULL, "signer_name" character varying(200) NOT NULL, "signer_title" character varying(200) NOT NULL, "display_name" character varying(200) NOT NULL, "anonymous" boolean NOT NULL DEFAULT false, "comment" text, "signed_by_id" uuid, "signed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "withdraw_reason" text, "receipt" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "endorsements_letter_organisation_key" UNIQUE ("letter_id", "organisation_id"), CONSTRAINT "PK_c7a21592bc1b39fabf5ba56f738" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "endorsements_letter_status_idx" ON "endorsements"  ("letter_id", "status") `);
    await queryRunner.query(`CREATE TYPE "public"."invitation_status" AS ENUM('PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED')`);
    await queryRunner.query(`CREATE TABLE "letter_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "letter_id" uuid NOT NULL, "organisation_id" uuid, "email" character varying(320), "name" character varying(200), "token_hash" character(64) NOT NULL, "status" "public"."invitation_status" NOT NULL DEFAULT 'PENDING', "message" text, "decline_reason" text, "invited_by_id" uuid, "responded_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_69899993ef5a55785009e69c62e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "letter_invitations_organisation_id_idx" ON "letter_invitations"  ("organisation_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "letter_invitations_token_hash_key" ON "letter_invitations"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "letter_invitations_letter_status_idx" ON "letter_invitations"  ("letter_id", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "letter_invitations_letter_organisation_key" ON "letter_invitations"  ("letter_id", "organisation_id") WHERE "organisation_id" IS NOT NULL`);
    await queryRunner.query(`CREATE TABLE "audit_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "letter_id" uuid NOT NULL, "seq" integer NOT NULL, "kind" character varying(40) NOT NULL, "organisation_id" uuid, "actor_id" uuid, "payload" jsonb NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "prev_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "audit_events_letter_seq_key" UNIQUE ("letter_id", "seq"), CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))`);
    // The audit trail is append-only in the database itself.
    await queryRunner.query(`CREATE TRIGGER "audit_events_immutable" BEFORE UPDATE OR DELETE ON "audit_events" FOR EACH ROW EXECUTE FUNCTION "refuse_change"()`);
    await queryRunner.query(`CREATE TRIGGER "audit_events_no_truncate" BEFORE TRUNCATE ON "audit_events" FOR EACH STATEMENT EXECUTE FUNCTION "refuse_change"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "audit_events_no_truncate" ON "audit_events"`);
    await queryRunner.query(`DROP TRIGGER "audit_events_immutable" ON "audit_events"`);
    await queryRunner.query(`DROP TABLE "audit_events"`);
    await queryRunner.query(`DROP INDEX "public"."letter_invitations_letter_organisation_key"`);
    await queryRunner.query(`DROP INDEX "public"."letter_invitations_letter_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."letter_invitations_token_hash_key"`);
    await queryRunner.query(`DROP INDEX "public"."letter_invitations_organisation_id_idx"`);
    await queryRunner.query(`DROP TABLE "letter_invitations"`);
    await queryRunner.query(`DROP TYPE "public"."invitation_status"`);
    await queryRunner.query(`DROP INDEX "public"."endorsements_letter_status_idx"`);
    await queryRunner.query(`DROP TABLE "endorsements"`);
    await queryRunner.query(`DROP TYPE "public"."endorsement_status"`);
  }
}
