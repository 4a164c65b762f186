import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Letters1795293431150 implements MigrationInterface {
  name = 'Letters1795293431150';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."letter_status" AS ENUM('DRAFT', 'OPEN', 'CLOSED', 'DELIVERED')`);
    await queryRunner.query(`CREATE TYPE "public"."letter_visibility" AS ENUM('PUBLIC', 'PRIVATE')`);
    await queryRunner.query(`CREATE TABLE "letters" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(80) NOT NULL, "title" character varying(300) NOT NULL, "status" "public"."letter_status" NOT NULL DEFAULT 'DRAFT', "visibility" "public"."letter_visibility" NOT NULL, "endorsement_deadline" TIMESTAMP WITH TIME ZONE, "deliver_by" TIMESTAMP WITH TIME ZONE, "current_version" integer NOT NULL DEFAULT '1', "opened_version" integer, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "letters_current_version_positive" CHECK ("current_version" >= 1), CONSTRAINT "letters_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'), CONSTRAINT "PK_bf70c41d26aa84cf2651d571889" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "letters_slug_key" ON "letters"  ("slug") `);
    await queryRunner.query(`CREATE INDEX "letters_status_idx" ON "letters"  ("status") `);
    await queryRunner.query(`CREATE INDEX "letters_created_at_id_idx" ON "letters"  ("created_at", "id") `);
    await queryRunner.query(`CREATE TABLE "letter_leads" ("letter_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "position" integer NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "added_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "letter_leads_letter_position_key" UNIQUE ("letter_id", "position"), CONSTRAINT "PK_ca79c727fb96cfa39b4c12b6cc3" PRIMARY KEY ("letter_id", "organisation_id"))`);
    await queryRunner.query(`CREATE INDEX "letter_leads_organisation_id_idx" ON "letter_leads"  ("organisation_id") `);
    await queryRunner.query(`CREATE TABLE "letter_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "letter_id" uuid NOT NULL, "number" integer NOT NULL, "title" character varying(300) NOT NULL, "body" text NOT NULL, "content_hash" character(64) NOT NULL, "material" boolean NOT NULL, "note" text, "author_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "letter_versions_letter_number_key" UNIQUE ("letter_id", "number"), CONSTRAINT "letter_versions_hash_format" CHECK ("content_hash" ~ '^[0-9a-f]{64}$'), CONSTRAINT "PK_cf75333f69d7910f7b86e433d75" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "letter_id" uuid NOT NULL, "version_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "paragraph" integer, "resolved" boolean NOT NULL DEFAULT false, "resolved_by_id" uuid, "resolved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8bf68bc960f2b69e818bdb90dcb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "comments_letter_id_created_at_idx" ON "comments"  ("letter_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "timeline_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "letter_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "title" character varying(300) NOT NULL, "body" text, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "once_key" character varying(100), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6a83c1403a1bb1f7619bd80f2b7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "timeline_entries_once_key" ON "timeline_entries"  ("letter_id", "once_key") WHERE "once_key" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "timeline_entries_letter_occurred_idx" ON "timeline_entries"  ("letter_id", "occurred_at") `);
    await queryRunner.query(`ALTER TABLE "letter_leads" ADD CONSTRAINT "FK_4719119864b4d68dde27827fa03" FOREIGN KEY ("letter_id") REFERENCES "letters"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "letter_leads" ADD CONSTRAINT "FK_d6ec07a450a8cb6eb8b5b6ec505" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "letter_versions" ADD CONSTRAINT "FK_78baed26a892ef00cb13751e9b0" FOREIGN KEY ("letter_id") REFERENCES "letters"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "comments" ADD CONSTRAINT "FK_9f870bcc623a99dfb0541f968ee" FOREIGN KEY ("version_id") REFERENCES "letter_versions"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "comments" ADD CONSTRAINT "FK_e6d38899c31997c45d128a8973b" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Versions are immutable in the database itself, not only in code.
    await queryRunner.query(`CREATE FUNCTION "refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '% on % is not allowed: rows are immutable', TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege'; END $$`);
    await queryRunner.query(`CREATE TRIGGER "letter_versions_immutable" BEFORE UPDATE OR DELETE ON "letter_versions" FOR EACH ROW EXECUTE FUNCTION "refuse_change"()`);
    await queryRunner.query(`CREATE TRIGGER "letter_versions_no_truncate" BEFORE TRUNCATE ON "letter_versions" FOR EACH STATEMENT EXECUTE FUNCTION "refuse_change"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "letter_versions_no_truncate" ON "letter_versions"`);
    await queryRunner.query(`DROP TRIGGER "letter_versions_immutable" ON "letter_versions"`);
    await queryRunner.query(`DROP FUNCTION "refuse_change"()`);
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "FK_e6d38899c31997c45d128a8973b"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "FK_9f870bcc623a99dfb0541f968ee"`);
    await queryRunner.query(`ALTER TABLE "letter_versions" DROP CONSTRAINT "FK_78baed26a892ef00cb13751e9b0"`);
    await queryRunner.query(`ALTER TABLE "letter_leads" DROP CONSTRAINT "FK_d6ec07a450a8cb6eb8b5b6ec505"`);
    await queryRunner.query(`ALTER TABLE "letter_leads" DROP CONSTRAINT "FK_4719119864b4d68dde27827fa03"`);
    await queryRunner.query(`DROP INDEX "public"."timeline_entries_letter_occurred_idx"`);
    await queryRunner.query(`DROP INDEX "public"."timeline_entries_once_key"`);
    await queryRunner.query(`DROP TABLE "timeline_entries"`);
    await queryRunner.query(`DROP INDEX "public"."comments_letter_id_created_at_idx"`);
    await queryRunner.query(`DROP TABLE "comments"`);
    await queryRunner.query(`DROP TABLE "letter_versions"`);
    await queryRunner.query(`DROP INDEX "public"."letter_leads_organisation_id_idx"`);
    await queryRunner.query(`DROP TABLE "letter_leads"`);
    await queryRunner.query(`DROP INDEX "public"."letters_created_at_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."letters_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."letters_slug_key"`);
    await queryRunner.query(`DROP TABLE "letters"`);
    await queryRunner.query(`DROP TYPE "public"."letter_visibility"`);
    await queryRunner.query(`DROP TYPE "public"."letter_status"`);
  }
}
