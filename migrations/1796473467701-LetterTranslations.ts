import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LetterTranslations1796473467701 implements MigrationInterface {
  name = 'LetterTranslations1796473467701';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."translation_status" AS ENUM('DRAFT', 'APPROVED', 'OUTDATED')`);
    await queryRunner.query(`CREATE TABLE "letter_translations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "letter_id" uuid NOT NULL, "language" character varying(35) NOT NULL, "title" character varying(300) NOT NULL, "body" text NOT NULL, "content_hash" character(64) NOT NULL, "translator" character varying(200), "status" "public"."translation_status" NOT NULL DEFAULT 'DRAFT', "based_on_version" integer NOT NULL, "saved_by_id" uuid NOT NULL, "approved_at" TIMESTAMP WITH TIME ZONE, "approved_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "letter_translations_letter_language_key" UNIQUE ("letter_id", "language"), CONSTRAINT "letter_translations_approved_at" CHECK ("status" <> 'APPROVED' OR "approved_at" IS NOT NULL), CONSTRAINT "letter_translations_based_on_positive" CHECK ("based_on_version" >= 1), CONSTRAINT "letter_translations_hash_format" CHECK ("content_hash" ~ '^[0-9a-f]{64}$'), CONSTRAINT "letter_translations_body_length" CHECK (char_length("body") BETWEEN 1 AND 200000), CONSTRAINT "letter_translations_title_length" CHECK (char_length("title") >= 1), CONSTRAINT "letter_translations_language_format" CHECK ("language" ~ '^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$'), CONSTRAINT "PK_a5bcd3ef29b8ca86e079d2be08a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "edition_translations" ("letter_id" uuid NOT NULL, "language" character varying(35) NOT NULL, "title" character varying(300) NOT NULL, "body" text NOT NULL, "content_hash" character(64) NOT NULL, "translator" character varying(200), "based_on_version" integer NOT NULL, CONSTRAINT "edition_translations_hash_format" CHECK ("content_hash" ~ '^[0-9a-f]{64}$'), CONSTRAINT "edition_translations_language_format" CHECK ("language" ~ '^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$'), CONSTRAINT "PK_3efbed5c29ed5b768ebca761ab7" PRIMARY KEY ("letter_id", "language"))`);
    await queryRunner.query(`ALTER TABLE "letters" ADD "language" character varying(35) NOT NULL DEFAULT 'en'`);
    await queryRunner.query(`ALTER TABLE "letters" ADD CONSTRAINT "letters_language_format" CHECK ("language" ~ '^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$')`);
    await queryRunner.query(`ALTER TABLE "letter_translations" ADD CONSTRAINT "FK_2bd0039cf33e59fe05343a3346b" FOREIGN KEY ("letter_id") REFERENCES "letters"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "letter_translations" ADD CONSTRAINT "FK_6fcb993ebe89e5669eba8902f1e" FOREIGN KEY ("saved_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "letter_translations" ADD CONSTRAINT "FK_0290579f42c44bd673175e80764" FOREIGN KEY ("approved_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "edition_translations" ADD CONSTRAINT "FK_1d6ecf617a24620aa624be10f9a" FOREIGN KEY ("letter_id") REFERENCES "letter_editions"("letter_id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // Frozen at delivery, like the versions they translate: immutable in the database itself.
    await queryRunner.query(`CREATE TRIGGER "edition_translations_immutable" BEFORE UPDATE OR DELETE ON "edition_translations" FOR EACH ROW EXECUTE FUNCTION "refuse_change"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "edition_translations_immutable" ON "edition_translations"`);
    await queryRunner.query(`ALTER TABLE "edition_translations" DROP CONSTRAINT "FK_1d6ecf617a24620aa624be10f9a"`);
    await queryRunner.query(`ALTER TABLE "letter_translations" DROP CONSTRAINT "FK_0290579f42c44bd673175e80764"`);
    await queryRunner.query(`ALTER TABLE "letter_translations" DROP CONSTRAINT "FK_6fcb993ebe89e5669eba8902f1e"`);
    await queryRunner.query(`ALTER TABLE "letter_translations" DROP CONSTRAINT "FK_2bd0039cf33e59fe05343a3346b"`);
    await queryRunner.query(`ALTER TABLE "letters" DROP CONSTRAINT "letters_language_format"`);
    await queryRunner.query(`ALTER TABLE "letters" DROP COLUMN "language"`);
    await queryRunner.query(`DROP TABLE "edition_translations"`);
    await queryRunner.query(`DROP TABLE "letter_translations"`);
    await queryRunner.query(`DROP TYPE "public"."translation_status"`);
  }
}
