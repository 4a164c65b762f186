import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TranslationPdfs1796474977377 implements MigrationInterface {
  name = 'TranslationPdfs1796474977377';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "edition_translations" ADD "pdf" bytea`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "edition_translations" DROP COLUMN "pdf"`);
  }
}
