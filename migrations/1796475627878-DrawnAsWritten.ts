import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DrawnAsWritten1796475627878 implements MigrationInterface {
  name = 'DrawnAsWritten1796475627878';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Names stored before the rule lose the characters that reordered how they were drawn.
    const formatting = `'[\\u202a-\\u202e\\u2066-\\u2069]'`;
    await queryRunner.query(
      `UPDATE "organisations" SET "name" = regexp_replace("name", ${formatting}, '', 'g') WHERE "name" ~ ${formatting}`,
    );
    for (const column of ['display_name', 'signer_name', 'signer_title']) {
      await queryRunner.query(
        `UPDATE "endorsements" SET "${column}" = regexp_replace("${column}", ${formatting}, '', 'g') WHERE "${column}" ~ ${formatting}`,
      );
    }
    await queryRunner.query(`ALTER TABLE "organisations" ADD CONSTRAINT "organisations_name_drawn_as_written" CHECK ("name" !~ '[\\u202a-\\u202e\\u2066-\\u2069]')`);
    await queryRunner.query(`ALTER TABLE "endorsements" ADD CONSTRAINT "endorsements_names_drawn_as_written" CHECK ("display_name" !~ '[\\u202a-\\u202e\\u2066-\\u2069]' AND "signer_name" !~ '[\\u202a-\\u202e\\u2066-\\u2069]' AND "signer_title" !~ '[\\u202a-\\u202e\\u2066-\\u2069]')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "endorsements" DROP CONSTRAINT "endorsements_names_drawn_as_written"`);
    await queryRunner.query(`ALTER TABLE "organisations" DROP CONSTRAINT "organisations_name_drawn_as_written"`);
  }
}
