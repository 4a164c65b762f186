import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Endorsements standing under a display name other than their organisation's own, on letters not
 * yet delivered, wait for the leads' approval like new ones (issue 18, defect 6). A separate
 * migration: the new enum value cannot be used in the transaction that added it. Delivered
 * editions are final and stay as they are.
 */
export class HoldUnapprovedDisplayNames1796438941469 implements MigrationInterface {
  name = 'HoldUnapprovedDisplayNames1796438941469';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE endorsements e SET status = 'PENDING_APPROVAL'
        FROM organisations o
       WHERE o.id = e.organisation_id AND e.status = 'SIGNED' AND e.display_name <> o.name
         AND NOT EXISTS (SELECT 1 FROM letter_editions ed WHERE ed.letter_id = e.letter_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE endorsements SET status = 'SIGNED' WHERE status = 'PENDING_APPROVAL'`);
  }
}
