import type { MigrationInterface, QueryRunner } from 'typeorm';
import { nameSkeleton } from '@undersigned/common';

export class DisplayNameApproval1796438941468 implements MigrationInterface {
  name = 'DisplayNameApproval1796438941468';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organisations" ADD "name_skeleton" text`);
    await queryRunner.query(`ALTER TABLE "endorsements" ADD "approved_display_name" character varying(200)`);
    await queryRunner.query(`DROP INDEX "public"."endorsements_letter_status_idx"`);
    await queryRunner.query(`ALTER TYPE "public"."endorsement_status" ADD VALUE 'PENDING_APPROVAL'`);
    await queryRunner.query(`CREATE INDEX "organisations_verified_name_skeleton_idx" ON "organisations"  ("name_skeleton") WHERE verified_domain IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "endorsements_letter_status_idx" ON "endorsements"  ("letter_id", "status") `);
    // The verified organisations' names as they look (new and newly verified ones get theirs from the service).
    const verified = (await queryRunner.query(
      `SELECT id, name FROM organisations WHERE verified_domain IS NOT NULL`,
    )) as { id: string; name: string }[];
    for (const { id, name } of verified) {
      await queryRunner.query(`UPDATE organisations SET name_skeleton = $2 WHERE id = $1`, [id, nameSkeleton(name)]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."endorsements_letter_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."organisations_verified_name_skeleton_idx"`);
    await queryRunner.query(`CREATE TYPE "public"."endorsement_status_old" AS ENUM('SIGNED', 'NEEDS_RECONFIRMATION', 'WITHDRAWN', 'REJECTED')`);
    await queryRunner.query(`ALTER TABLE "endorsements" ALTER COLUMN "status" TYPE "public"."endorsement_status_old" USING "status"::"text"::"public"."endorsement_status_old"`);
    await queryRunner.query(`DROP TYPE "public"."endorsement_status"`);
    await queryRunner.query(`ALTER TYPE "public"."endorsement_status_old" RENAME TO "endorsement_status"`);
    await queryRunner.query(`CREATE INDEX "endorsements_letter_status_idx" ON "endorsements" USING btree ("letter_id", "status") `);
    await queryRunner.query(`ALTER TABLE "endorsements" DROP COLUMN "approved_display_name"`);
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "name_skeleton"`);
  }
}
