import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MembershipInvitationRevocation1795324300970 implements MigrationInterface {
  name = 'MembershipInvitationRevocation1795324300970';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "membership_invitations" ADD "revoked_at" TIMESTAMP WITH TIME ZONE`);
    // The generator does not see a changed partial-index predicate: a revoked invitation is not pending.
    await queryRunner.query(`DROP INDEX "public"."membership_invitations_pending_key"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "membership_invitations_pending_key" ON "membership_invitations"  ("organisation_id", "email") WHERE "accepted_at" IS NULL AND "revoked_at" IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."membership_invitations_pending_key"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "membership_invitations_pending_key" ON "membership_invitations"  ("organisation_id", "email") WHERE "accepted_at" IS NULL`,
    );
    await queryRunner.query(`ALTER TABLE "membership_invitations" DROP COLUMN "revoked_at"`);
  }
}
