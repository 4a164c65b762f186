import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TwoFactor1795327837587 implements MigrationInterface {
  name = 'TwoFactor1795327837587';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "sessions" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "user_agent" character varying(512) NOT NULL, "device_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "sessions_user_id_device_hash_idx" ON "sessions"  ("user_id", "device_hash") `);
    await queryRunner.query(`CREATE TABLE "recovery_codes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "code_hash" character(64) NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0723b9e53961e799027d7f7ba32" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "recovery_codes_user_id_code_hash_key" ON "recovery_codes"  ("user_id", "code_hash") `);
    await queryRunner.query(`ALTER TABLE "users" ADD "two_factor_secret" text`);
    await queryRunner.query(`ALTER TABLE "users" ADD "two_factor_enabled_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "users" ADD "two_factor_last_step" integer`);
    await queryRunner.query(`ALTER TABLE "organisations" ADD "require_two_factor" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "users_two_factor_secret" CHECK ("two_factor_enabled_at" IS NULL OR "two_factor_secret" IS NOT NULL)`);
    await queryRunner.query(`ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "recovery_codes" ADD CONSTRAINT "FK_fb82b2ac740ca095b617afad031" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "recovery_codes" DROP CONSTRAINT "FK_fb82b2ac740ca095b617afad031"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "users_two_factor_secret"`);
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "require_two_factor"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "two_factor_last_step"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "two_factor_enabled_at"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "two_factor_secret"`);
    await queryRunner.query(`DROP INDEX "public"."recovery_codes_user_id_code_hash_key"`);
    await queryRunner.query(`DROP TABLE "recovery_codes"`);
    await queryRunner.query(`DROP INDEX "public"."sessions_user_id_device_hash_idx"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
  }
}
