import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TargetRates1795338732940 implements MigrationInterface {
  name = 'TargetRates1795338732940';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The platform's maximum per target and hour is now 60 (MAX_PER_TARGET_PER_HOUR): faster letters slow down to it.
    await queryRunner.query(`UPDATE "letter_targeting" SET "per_target_per_hour" = 60 WHERE "per_target_per_hour" > 60`);
    await queryRunner.query(`ALTER TABLE "letter_targeting" DROP CONSTRAINT "letter_targeting_rate"`);
    await queryRunner.query(
      `ALTER TABLE "letter_targeting" ADD CONSTRAINT "letter_targeting_rate" CHECK ("per_target_per_hour" BETWEEN 1 AND 60)`,
    );
    await queryRunner.query(`CREATE INDEX "target_messages_target_sending_idx" ON "target_messages"  ("target_id") WHERE "status" = 'SENDING'`);
    await queryRunner.query(`CREATE INDEX "target_messages_target_sent_idx" ON "target_messages"  ("target_id", "sent_at") WHERE "sent_at" IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."target_messages_target_sent_idx"`);
    await queryRunner.query(`DROP INDEX "public"."target_messages_target_sending_idx"`);
    await queryRunner.query(`ALTER TABLE "letter_targeting" DROP CONSTRAINT "letter_targeting_rate"`);
    await queryRunner.query(
      `ALTER TABLE "letter_targeting" ADD CONSTRAINT "letter_targeting_rate" CHECK ("per_target_per_hour" BETWEEN 1 AND 1000)`,
    );
  }
}
