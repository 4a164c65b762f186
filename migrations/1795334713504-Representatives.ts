import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Representatives1795334713504 implements MigrationInterface {
  name = 'Representatives1795334713504';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "areas" ("type" character varying(32) NOT NULL, "code" character varying(128) NOT NULL, "name" character varying(200) NOT NULL, "external_ids" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "areas_type_format" CHECK ("type" ~ '^[A-Z0-9_]+$'), CONSTRAINT "areas_code_format" CHECK ("code" ~ '^[A-Za-z0-9:/_.-]+$'), CONSTRAINT "areas_pkey" PRIMARY KEY ("type", "code"))`);
    await queryRunner.query(`CREATE TABLE "postcode_areas" ("postcode" character varying(8) NOT NULL, "area_type" character varying(32) NOT NULL, "area_code" character varying(128) NOT NULL, CONSTRAINT "postcode_areas_postcode_format" CHECK ("postcode" ~ '^[A-Z0-9]{5,7}$'), CONSTRAINT "postcode_areas_pkey" PRIMARY KEY ("postcode", "area_type"))`);
    await queryRunner.query(`CREATE TABLE "targets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "external_id" character varying(128) NOT NULL, "name" character varying(200) NOT NULL, "title" character varying(200), "email" character varying(254), "party" character varying(200), "area_type" character varying(32) NOT NULL, "area_code" character varying(128) NOT NULL, "valid_from" date, "valid_to" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "targets_valid_dates" CHECK ("valid_to" IS NULL OR "valid_from" IS NULL OR "valid_to" > "valid_from"), CONSTRAINT "PK_87084f49e9de9dd6a3e83906584" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "targets_area_idx" ON "targets"  ("area_type", "area_code") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "targets_area_type_external_id_key" ON "targets"  ("area_type", "external_id") `);
    await queryRunner.query(`ALTER TABLE "targets" ADD CONSTRAINT "FK_edff2bace022392c756bfb06cd4" FOREIGN KEY ("area_type", "area_code") REFERENCES "areas"("type","code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "targets" DROP CONSTRAINT "FK_edff2bace022392c756bfb06cd4"`);
    await queryRunner.query(`DROP INDEX "public"."targets_area_type_external_id_key"`);
    await queryRunner.query(`DROP INDEX "public"."targets_area_idx"`);
    await queryRunner.query(`DROP TABLE "targets"`);
    await queryRunner.query(`DROP TABLE "postcode_areas"`);
    await queryRunner.query(`DROP TABLE "areas"`);
  }
}
