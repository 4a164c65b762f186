import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InvitationLimits1796439699073 implements MigrationInterface {
  name = 'InvitationLimits1796439699073';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "letter_invitations" ADD "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    // Invitations already sent were sent when they were made (or last renewed: not recorded, so made).
    await queryRunner.query(`UPDATE "letter_invitations" SET "sent_at" = "created_at"`);
    await queryRunner.query(`CREATE INDEX "letter_invitations_inviter_sent_idx" ON "letter_invitations"  ("invited_by_id", "sent_at") `);
    await queryRunner.query(`CREATE INDEX "letter_invitations_letter_sent_idx" ON "letter_invitations"  ("letter_id", "sent_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."letter_invitations_letter_sent_idx"`);
    await queryRunner.query(`DROP INDEX "public"."letter_invitations_inviter_sent_idx"`);
    await queryRunner.query(`ALTER TABLE "letter_invitations" DROP COLUMN "sent_at"`);
  }
}
