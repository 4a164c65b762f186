import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ErasableEmailDomain1795336949307 implements MigrationInterface {
  name = 'ErasableEmailDomain1795336949307';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."signatures_letter_domain_idx"`);
    await queryRunner.query(`ALTER TABLE "signatures" ALTER COLUMN "email_domain" DROP NOT NULL`);
    await queryRunner.query(`CREATE INDEX "signatures_letter_domain_idx" ON "signatures"  ("letter_id", "email_domain") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."signatures_letter_domain_idx"`);
    await queryRunner.query(`ALTER TABLE "signatures" ALTER COLUMN "email_domain" SET NOT NULL`);
    await queryRunner.query(`CREATE INDEX "signatures_letter_domain_idx" ON "signatures" USING btree ("letter_id", "email_domain") `);
  }
}
