import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionMethods1796438508524 implements MigrationInterface {
  name = 'SessionMethods1796438508524';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sessions" ADD "methods" text array NOT NULL DEFAULT '{password}'`);
    // Sessions begun after their user turned two-factor on were begun with a code (the log-in asked
    // for one; which kind is not known, a code of the app the likelier); every other one counts as
    // password-only, so an old session cannot act where two-factor is required.
    await queryRunner.query(
      `UPDATE "sessions" s SET "methods" = '{password,totp}' FROM "users" u
       WHERE u."id" = s."user_id" AND u."two_factor_enabled_at" IS NOT NULL AND s."created_at" > u."two_factor_enabled_at"`,
    );
    await queryRunner.query(`ALTER TABLE "sessions" ADD CONSTRAINT "sessions_methods" CHECK (cardinality("methods") >= 1 AND "methods" <@ ARRAY['password', 'totp', 'recovery', 'passkey']::text[])`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "sessions_methods"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "methods"`);
  }
}
