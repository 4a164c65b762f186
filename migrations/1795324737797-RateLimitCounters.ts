import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RateLimitCounters1795324737797 implements MigrationInterface {
  name = 'RateLimitCounters1795324737797';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "rate_limit_counters" ("key" character varying(200) NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "count" integer NOT NULL, CONSTRAINT "PK_fff95af8f500fb050737753e12e" PRIMARY KEY ("key", "window_start"))`);
    await queryRunner.query(`CREATE INDEX "rate_limit_counters_window_start_idx" ON "rate_limit_counters"  ("window_start") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."rate_limit_counters_window_start_idx"`);
    await queryRunner.query(`DROP TABLE "rate_limit_counters"`);
  }
}
