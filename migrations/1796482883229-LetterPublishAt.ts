import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LetterPublishAt1796482883229 implements MigrationInterface {
  name = 'LetterPublishAt1796482883229';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "letters" ADD "publish_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "letters_publish_at_idx" ON "letters"  ("publish_at") WHERE "publish_at" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "letters" ADD CONSTRAINT "letters_publish_at_public" CHECK ("publish_at" IS NULL OR "visibility" = 'PUBLIC')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "letters" DROP CONSTRAINT "letters_publish_at_public"`);
    await queryRunner.query(`DROP INDEX "public"."letters_publish_at_idx"`);
    await queryRunner.query(`ALTER TABLE "letters" DROP COLUMN "publish_at"`);
  }
}
