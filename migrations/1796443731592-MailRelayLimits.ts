import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MailRelayLimits1796443731592 implements MigrationInterface {
  name = 'MailRelayLimits1796443731592';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "membership_invitations" ADD "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    // Invitations sent before: their last mail is not known, their creation is the best guess.
    await queryRunner.query(`UPDATE "membership_invitations" SET "sent_at" = "created_at"`);
    await queryRunner.query(`ALTER TABLE "signatures" ADD "reconfirm_mails_sent" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "signatures" ADD "reconfirm_mailed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "membership_invitations_inviter_sent_idx" ON "membership_invitations"  ("invited_by_id", "sent_at") `);
    await queryRunner.query(`CREATE INDEX "membership_invitations_organisation_sent_idx" ON "membership_invitations"  ("organisation_id", "sent_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."membership_invitations_organisation_sent_idx"`);
    await queryRunner.query(`DROP INDEX "public"."membership_invitations_inviter_sent_idx"`);
    await queryRunner.query(`ALTER TABLE "signatures" DROP COLUMN "reconfirm_mailed_at"`);
    await queryRunner.query(`ALTER TABLE "signatures" DROP COLUMN "reconfirm_mails_sent"`);
    await queryRunner.query(`ALTER TABLE "membership_invitations" DROP COLUMN "sent_at"`);
  }
}
