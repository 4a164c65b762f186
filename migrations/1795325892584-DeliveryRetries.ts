import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DeliveryRetries1795325892584 implements MigrationInterface {
  name = 'DeliveryRetries1795325892584';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "deliveries" ADD "first_attempt_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "deliveries" ADD "next_attempt_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "deliveries" DROP COLUMN "next_attempt_at"`);
    await queryRunner.query(`ALTER TABLE "deliveries" DROP COLUMN "first_attempt_at"`);
  }
}
