import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TargetMessageVersion1795339264674 implements MigrationInterface {
  name = 'TargetMessageVersion1795339264674';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "target_messages" ADD "letter_version" integer`);
    // Messages queued before: the version current when their signature was confirmed, by the versions' times.
    await queryRunner.query(
      `UPDATE "target_messages" m SET "letter_version" = coalesce(
         (SELECT max(v."number") FROM "letter_versions" v JOIN "signatures" s ON s."id" = m."signature_id"
          WHERE v."letter_id" = m."letter_id" AND v."created_at" <= s."confirmed_at"),
         (SELECT l."current_version" FROM "letters" l WHERE l."id" = m."letter_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "target_messages" ALTER COLUMN "letter_version" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "target_messages" ADD CONSTRAINT "FK_0f0bed1fb504c696bd0a6c6557e" FOREIGN KEY ("letter_id", "letter_version") REFERENCES "letter_versions"("letter_id","number") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "target_messages" DROP CONSTRAINT "FK_0f0bed1fb504c696bd0a6c6557e"`);
    await queryRunner.query(`ALTER TABLE "target_messages" DROP COLUMN "letter_version"`);
  }
}
