import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountRecovery1796438556361 implements MigrationInterface {
  name = 'AccountRecovery1796438556361';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "email_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "new_email" character varying(320) NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "email_changes_new_email_lower" CHECK ("new_email" = lower("new_email")), CONSTRAINT "PK_6626b2af49c359b24442c10bbb1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "email_changes_token_hash_key" ON "email_changes"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "email_changes_user_id_created_at_idx" ON "email_changes"  ("user_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "password_resets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "email" character varying(320) NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4816377aa98211c1de34469e742" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "password_resets_token_hash_key" ON "password_resets"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "password_resets_user_id_created_at_idx" ON "password_resets"  ("user_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "sign_in_throttles" ("key" character(64) NOT NULL, "failures" integer NOT NULL, "blocked_until" TIMESTAMP WITH TIME ZONE, "last_failure_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "sign_in_throttles_failures" CHECK ("failures" >= 0), CONSTRAINT "PK_f01bfc0e243b5d41e587ffff6dd" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE INDEX "sign_in_throttles_last_failure_at_idx" ON "sign_in_throttles"  ("last_failure_at") `);
    await queryRunner.query(`ALTER TABLE "sessions" ADD "authenticated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    // Sessions begun before: authenticated at their log-in, not at this migration.
    await queryRunner.query(`UPDATE "sessions" SET "authenticated_at" = "created_at"`);
    await queryRunner.query(`ALTER TABLE "email_changes" ADD CONSTRAINT "FK_38edd6558e3b8386e9297c2636e" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "password_resets" ADD CONSTRAINT "FK_f7a4c3bc48f24df007936d217be" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "password_resets" DROP CONSTRAINT "FK_f7a4c3bc48f24df007936d217be"`);
    await queryRunner.query(`ALTER TABLE "email_changes" DROP CONSTRAINT "FK_38edd6558e3b8386e9297c2636e"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "authenticated_at"`);
    await queryRunner.query(`DROP INDEX "public"."sign_in_throttles_last_failure_at_idx"`);
    await queryRunner.query(`DROP TABLE "sign_in_throttles"`);
    await queryRunner.query(`DROP INDEX "public"."password_resets_user_id_created_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."password_resets_token_hash_key"`);
    await queryRunner.query(`DROP TABLE "password_resets"`);
    await queryRunner.query(`DROP INDEX "public"."email_changes_user_id_created_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."email_changes_token_hash_key"`);
    await queryRunner.query(`DROP TABLE "email_changes"`);
  }
}
