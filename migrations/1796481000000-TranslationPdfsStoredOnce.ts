import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A frozen translation's PDF is typeset after its edition commits (once, off the letter's lock), so its
 * row may be updated exactly once: `pdf` from NULL to a PDF, nothing else. Every other UPDATE, and
 * DELETE, is still refused.
 */
export class TranslationPdfsStoredOnce1796481000000 implements MigrationInterface {
  name = 'TranslationPdfsStoredOnce1796481000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION "edition_translation_pdf_once"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
      IF TG_OP = 'UPDATE' AND OLD."pdf" IS NULL AND NEW."pdf" IS NOT NULL
        AND ROW(NEW."letter_id", NEW."language", NEW."title", NEW."body", NEW."content_hash", NEW."translator", NEW."based_on_version")
          IS NOT DISTINCT FROM ROW(OLD."letter_id", OLD."language", OLD."title", OLD."body", OLD."content_hash", OLD."translator", OLD."based_on_version")
      THEN RETURN NEW; END IF;
      RAISE EXCEPTION '% on % is not allowed: rows are immutable (a PDF is stored once)', TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
    END $$`);
    await queryRunner.query(`DROP TRIGGER "edition_translations_immutable" ON "edition_translations"`);
    await queryRunner.query(
      `CREATE TRIGGER "edition_translations_immutable" BEFORE UPDATE OR DELETE ON "edition_translations" FOR EACH ROW EXECUTE FUNCTION "edition_translation_pdf_once"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "edition_translations_immutable" ON "edition_translations"`);
    await queryRunner.query(
      `CREATE TRIGGER "edition_translations_immutable" BEFORE UPDATE OR DELETE ON "edition_translations" FOR EACH ROW EXECUTE FUNCTION "refuse_change"()`,
    );
    await queryRunner.query(`DROP FUNCTION "edition_translation_pdf_once"()`);
  }
}
