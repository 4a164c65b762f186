import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EditionVerification1795327752760 implements MigrationInterface {
  name = 'EditionVerification1795327752760';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "letter_editions" ADD "id" uuid NOT NULL DEFAULT gen_random_uuid()`);
    await queryRunner.query(`ALTER TABLE "letter_editions" ADD "edition_hash" character(64)`);
    await queryRunner.query(`ALTER TABLE "letter_editions" ADD "supporter_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "letter_editions" ADD "delivered_at" TIMESTAMP WITH TIME ZONE`);
    // Editions delivered before: their hash computed as libs/deliveries/edition-hash.ts does (to_json
    // escapes a name as JSON.stringify does), delivered when frozen.
    await queryRunner.query(`
      UPDATE "letter_editions" le
         SET "delivered_at" = le."created_at",
             "edition_hash" = encode(sha256(convert_to(
               '{"contentHash":' || to_json(v."content_hash"::text)::text ||
               ',"signatories":[' || coalesce((
                 SELECT string_agg(to_json(s.value ->> 'displayName')::text, ',' ORDER BY s.ordinality)
                   FROM jsonb_array_elements(le."signatories") WITH ORDINALITY s), '') ||
               '],"supporterCount":0,"unnamedCount":' || le."anonymous_count" || '}', 'UTF8')), 'hex')
        FROM "letter_versions" v
       WHERE v."id" = le."version_id"`);
    await queryRunner.query(`ALTER TABLE "letter_editions" ALTER COLUMN "edition_hash" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "letter_editions" ALTER COLUMN "delivered_at" SET NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_1d6b717ec19a8fbe3a1b804a6f" ON "letter_editions"  ("id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_1d6b717ec19a8fbe3a1b804a6f"`);
    await queryRunner.query(`ALTER TABLE "letter_editions" DROP COLUMN "delivered_at"`);
    await queryRunner.query(`ALTER TABLE "letter_editions" DROP COLUMN "supporter_count"`);
    await queryRunner.query(`ALTER TABLE "letter_editions" DROP COLUMN "edition_hash"`);
    await queryRunner.query(`ALTER TABLE "letter_editions" DROP COLUMN "id"`);
  }
}
