import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MinorEditObjections1796439377509 implements MigrationInterface {
  name = 'MinorEditObjections1796439377509';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "minor_edit_objection_links" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "endorsement_id" uuid NOT NULL, "version_id" uuid NOT NULL, "signed_version_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f206832e32e1e3ec534e888e431" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "minor_edit_objection_links_token_key" ON "minor_edit_objection_links"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "minor_edit_objection_links_endorsement_idx" ON "minor_edit_objection_links"  ("endorsement_id") `);
    await queryRunner.query(`ALTER TABLE "letter_editions" ADD "minor_edits" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "minor_edit_objection_links" ADD CONSTRAINT "FK_60db12072a562e1357d194d16f8" FOREIGN KEY ("endorsement_id") REFERENCES "endorsements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "minor_edit_objection_links" ADD CONSTRAINT "FK_f118b15fe98aea9cd238bdf3a29" FOREIGN KEY ("version_id") REFERENCES "letter_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "minor_edit_objection_links" ADD CONSTRAINT "FK_810c908f0cd08ac0b0f61d65a87" FOREIGN KEY ("signed_version_id") REFERENCES "letter_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "minor_edit_objection_links" DROP CONSTRAINT "FK_810c908f0cd08ac0b0f61d65a87"`);
    await queryRunner.query(`ALTER TABLE "minor_edit_objection_links" DROP CONSTRAINT "FK_f118b15fe98aea9cd238bdf3a29"`);
    await queryRunner.query(`ALTER TABLE "minor_edit_objection_links" DROP CONSTRAINT "FK_60db12072a562e1357d194d16f8"`);
    await queryRunner.query(`ALTER TABLE "letter_editions" DROP COLUMN "minor_edits"`);
    await queryRunner.query(`DROP INDEX "public"."minor_edit_objection_links_endorsement_idx"`);
    await queryRunner.query(`DROP INDEX "public"."minor_edit_objection_links_token_key"`);
    await queryRunner.query(`DROP TABLE "minor_edit_objection_links"`);
  }
}
