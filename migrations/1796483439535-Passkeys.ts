import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Passkeys1796483439535 implements MigrationInterface {
  name = 'Passkeys1796483439535';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "passkey_challenges" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "challenge" character varying(128) NOT NULL, "ceremony" character varying(16) NOT NULL, "user_id" uuid, "bound_to_email" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "passkey_challenges_short_lived" CHECK ("expires_at" <= "created_at" + interval '5 minutes'), CONSTRAINT "passkey_challenges_registration_user" CHECK ("ceremony" <> 'registration' OR "user_id" IS NOT NULL), CONSTRAINT "passkey_challenges_ceremony" CHECK ("ceremony" IN ('registration', 'log_in')), CONSTRAINT "PK_6e53152b7ac3d0c599f2cffdd7e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "passkey_challenges_challenge_key" ON "passkey_challenges"  ("challenge") `);
    await queryRunner.query(`CREATE INDEX "passkey_challenges_expires_at_idx" ON "passkey_challenges"  ("expires_at") `);
    await queryRunner.query(`CREATE TABLE "passkeys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "credential_id" text NOT NULL, "public_key" bytea NOT NULL, "counter" bigint NOT NULL DEFAULT '0', "transports" text array NOT NULL DEFAULT '{}', "name" character varying(100) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "passkeys_credential_id_format" CHECK ("credential_id" ~ '^[A-Za-z0-9_-]+$' AND char_length("credential_id") <= 1366), CONSTRAINT "passkeys_name_length" CHECK (char_length("name") BETWEEN 1 AND 100), CONSTRAINT "passkeys_counter_range" CHECK ("counter" >= 0 AND "counter" <= 4294967295), CONSTRAINT "PK_db928e6fd79e7098911268a74c3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "passkeys_credential_id_key" ON "passkeys"  ("credential_id") `);
    await queryRunner.query(`CREATE INDEX "passkeys_user_id_idx" ON "passkeys"  ("user_id") `);
    await queryRunner.query(`ALTER TABLE "organisations" ADD "require_phishing_resistant" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "passkey_challenges" ADD CONSTRAINT "FK_b8d4b209cde3a70790900a60354" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "passkeys" ADD CONSTRAINT "FK_02227b9a8a34a808e3e23800b00" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "passkeys" DROP CONSTRAINT "FK_02227b9a8a34a808e3e23800b00"`);
    await queryRunner.query(`ALTER TABLE "passkey_challenges" DROP CONSTRAINT "FK_b8d4b209cde3a70790900a60354"`);
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "require_phishing_resistant"`);
    await queryRunner.query(`DROP INDEX "public"."passkeys_user_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."passkeys_credential_id_key"`);
    await queryRunner.query(`DROP TABLE "passkeys"`);
    await queryRunner.query(`DROP INDEX "public"."passkey_challenges_expires_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."passkey_challenges_challenge_key"`);
    await queryRunner.query(`DROP TABLE "passkey_challenges"`);
  }
}
