import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795290143534 implements MigrationInterface {
  name = 'Initial1795290143534';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(320) NOT NULL, "name" character varying(200) NOT NULL, "password_hash" text NOT NULL, "email_verified_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "users_email_lower" CHECK ("email" = lower("email")), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "users_email_key" ON "users"  ("email") `);
    await queryRunner.query(`CREATE TABLE "email_verifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c1ea2921e767f83cd44c0af203f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "email_verifications_user_id_idx" ON "email_verifications"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "email_verifications_token_hash_key" ON "email_verifications"  ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "family_id" uuid NOT NULL, "parent_id" uuid, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "refresh_tokens_user_id_idx" ON "refresh_tokens"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "refresh_tokens_family_id_idx" ON "refresh_tokens"  ("family_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "refresh_tokens_token_hash_key" ON "refresh_tokens"  ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "organisations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(80) NOT NULL, "name" character varying(200) NOT NULL, "country" character varying(64), "website" character varying(2048), "description" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "organisations_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'), CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "organisations_slug_key" ON "organisations"  ("slug") `);
    await queryRunner.query(`CREATE INDEX "organisations_country_idx" ON "organisations"  ("country") `);
    await queryRunner.query(`CREATE INDEX "organisations_name_id_idx" ON "organisations"  ("name", "id") `);
    await queryRunner.query(`CREATE TYPE "public"."organisation_role" AS ENUM('OWNER', 'SIGNATORY', 'MEMBER')`);
    await queryRunner.query(`CREATE TABLE "memberships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" "public"."organisation_role" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "memberships_organisation_user_key" UNIQUE ("organisation_id", "user_id"), CONSTRAINT "PK_25d28bd932097a9e90495ede7b4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "memberships_user_id_idx" ON "memberships"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "membership_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "email" character varying(320) NOT NULL, "role" "public"."organisation_role" NOT NULL, "token_hash" character(64) NOT NULL, "invited_by_id" uuid, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "membership_invitations_email_lower" CHECK ("email" = lower("email")), CONSTRAINT "PK_2ea1536e9cb5cc3a3720e1e28dd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "membership_invitations_token_hash_key" ON "membership_invitations"  ("token_hash") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "membership_invitations_pending_key" ON "membership_invitations"  ("organisation_id", "email") WHERE "accepted_at" IS NULL`);
    await queryRunner.query(`CREATE TABLE "worker_heartbeats" ("worker_id" character varying(200) NOT NULL, "beat_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_35082e5e316be8465333d9c09d8" PRIMARY KEY ("worker_id"))`);
    await queryRunner.query(`ALTER TABLE "email_verifications" ADD CONSTRAINT "FK_c4f1838323ae1dff5aa00148915" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" ADD CONSTRAINT "FK_3ddc983c5f7bcf132fd8732c3f4" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "memberships" ADD CONSTRAINT "FK_55c59139e9136eb9a76ed30c6dc" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "memberships" ADD CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "membership_invitations" ADD CONSTRAINT "FK_1b7a99ebffd112742a1285ca7cf" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "membership_invitations" ADD CONSTRAINT "FK_08e96c934de2af06ac82bd75fdd" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "membership_invitations" ADD CONSTRAINT "FK_bd2a9cf4a6d680a2ed6914c5efe" FOREIGN KEY ("accepted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "membership_invitations" DROP CONSTRAINT "FK_bd2a9cf4a6d680a2ed6914c5efe"`);
    await queryRunner.query(`ALTER TABLE "membership_invitations" DROP CONSTRAINT "FK_08e96c934de2af06ac82bd75fdd"`);
    await queryRunner.query(`ALTER TABLE "membership_invitations" DROP CONSTRAINT "FK_1b7a99ebffd112742a1285ca7cf"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "FK_55c59139e9136eb9a76ed30c6dc"`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_3ddc983c5f7bcf132fd8732c3f4"`);
    await queryRunner.query(`ALTER TABLE "email_verifications" DROP CONSTRAINT "FK_c4f1838323ae1dff5aa00148915"`);
    await queryRunner.query(`DROP TABLE "worker_heartbeats"`);
    await queryRunner.query(`DROP INDEX "public"."membership_invitations_pending_key"`);
    await queryRunner.query(`DROP INDEX "public"."membership_invitations_token_hash_key"`);
    await queryRunner.query(`DROP TABLE "membership_invitations"`);
    await queryRunner.query(`DROP INDEX "public"."memberships_user_id_idx"`);
    await queryRunner.query(`DROP TABLE "memberships"`);
    await queryRunner.query(`DROP TYPE "public"."organisation_role"`);
    await queryRunner.query(`DROP INDEX "public"."organisations_name_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."organisations_country_idx"`);
    await queryRunner.query(`DROP INDEX "public"."organisations_slug_key"`);
    await queryRunner.query(`DROP TABLE "organisations"`);
    await queryRunner.query(`DROP INDEX "public"."refresh_tokens_token_hash_key"`);
    await queryRunner.query(`DROP INDEX "public"."refresh_tokens_family_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."refresh_tokens_user_id_idx"`);
    await queryRunner.query(`DROP TABLE "refresh_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."email_verifications_token_hash_key"`);
    await queryRunner.query(`DROP INDEX "public"."email_verifications_user_id_idx"`);
    await queryRunner.query(`DROP TABLE "email_verifications"`);
    await queryRunner.query(`DROP INDEX "public"."users_email_key"`);
    await queryRunner.query(`DROP TABLE "users"`);
  }
}
