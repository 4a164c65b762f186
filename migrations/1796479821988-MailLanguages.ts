import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MailLanguages1796479821988 implements MigrationInterface {
  name = 'MailLanguages1796479821988';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sign_on_requests" ADD "language" character varying(16) NOT NULL DEFAULT 'en'`);
    await queryRunner.query(`ALTER TABLE "endorsements" ADD "signed_language" character varying(16)`);
    await queryRunner.query(`ALTER TABLE "signatures" ADD "language" character varying(16) NOT NULL DEFAULT 'en'`);
    await queryRunner.query(`ALTER TABLE "sign_on_requests" ADD CONSTRAINT "sign_on_requests_language_known" CHECK ("language" IN ('en', 'zh-Hans', 'zh-Hant'))`);
    await queryRunner.query(`ALTER TABLE "endorsements" ADD CONSTRAINT "endorsements_signed_language_known" CHECK ("signed_language" IS NULL OR "signed_language" IN ('en', 'zh-Hans', 'zh-Hant'))`);
    await queryRunner.query(`ALTER TABLE "signatures" ADD CONSTRAINT "signatures_language_known" CHECK ("language" IN ('en', 'zh-Hans', 'zh-Hant'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "signatures" DROP CONSTRAINT "signatures_language_known"`);
    await queryRunner.query(`ALTER TABLE "endorsements" DROP CONSTRAINT "endorsements_signed_language_known"`);
    await queryRunner.query(`ALTER TABLE "sign_on_requests" DROP CONSTRAINT "sign_on_requests_language_known"`);
    await queryRunner.query(`ALTER TABLE "signatures" DROP COLUMN "language"`);
    await queryRunner.query(`ALTER TABLE "endorsements" DROP COLUMN "signed_language"`);
    await queryRunner.query(`ALTER TABLE "sign_on_requests" DROP COLUMN "language"`);
  }
}
