import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RejectedAtCheck1795330724491 implements MigrationInterface {
  name = 'RejectedAtCheck1795330724491';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "endorsements" ADD CONSTRAINT "endorsements_rejected_at" CHECK (("status" = 'REJECTED') = ("rejected_at" IS NOT NULL))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "endorsements" DROP CONSTRAINT "endorsements_rejected_at"`);
  }
}
