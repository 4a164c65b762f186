import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ContextForeignKeys1795324237712 implements MigrationInterface {
  name = 'ContextForeignKeys1795324237712';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "letters" ADD CONSTRAINT "FK_ed52379b542743403ffebc04f1c" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "letter_leads" ADD CONSTRAINT "FK_ed78ae75009e922ccaefc3e2907" FOREIGN KEY ("added_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "letter_versions" ADD CONSTRAINT "FK_ce7d1394c1929ab7daa8620396a" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "comments" ADD CONSTRAINT "FK_78bcebd520d9ea9bf6c3534717f" FOREIGN KEY ("letter_id") REFERENCES "letters"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "comments" ADD CONSTRAINT "FK_bcc18f4dca9fb98a8b74eddedd6" FOREIGN KEY ("resolved_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "timeline_entries" ADD CONSTRAINT "FK_107d7745f3f3236b1eebe55ef33" FOREIGN KEY ("letter_id") REFERENCES "letters"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "endorsements" ADD CONSTRAINT "FK_90e9fd1d256771e4d18e3b76038" FOREIGN KEY ("letter_id") REFERENCES "letters"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "endorsements" ADD CONSTRAINT "FK_627d76907ee45761b315df094ab" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "endorsements" ADD CONSTRAINT "FK_f848797cdf5a7fdfb31471d0684" FOREIGN KEY ("signed_version_id") REFERENCES "letter_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "endorsements" ADD CONSTRAINT "FK_c59e59674fccf31017480619b18" FOREIGN KEY ("signed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "letter_invitations" ADD CONSTRAINT "FK_1f05e26059e8750872d3174be37" FOREIGN KEY ("letter_id") REFERENCES "letters"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "letter_invitations" ADD CONSTRAINT "FK_d6c95ba4f607e73fe8b419979b8" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "letter_invitations" ADD CONSTRAINT "FK_9d72368f88f4e30d23cbf3d90fe" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "audit_events" ADD CONSTRAINT "FK_28be3529fe3ee67c4dc76575d83" FOREIGN KEY ("letter_id") REFERENCES "letters"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "audit_events" ADD CONSTRAINT "FK_91d46044e4c934c1b5f1ea229d1" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "audit_events" ADD CONSTRAINT "FK_04c7c044146c6632491a370fc04" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "letter_recipients" ADD CONSTRAINT "FK_fc0318a1cfc35221d1635608f97" FOREIGN KEY ("letter_id") REFERENCES "letters"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "deliveries" ADD CONSTRAINT "FK_76acc94cb85ccc1f855c40d9935" FOREIGN KEY ("letter_id") REFERENCES "letters"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "deliveries" ADD CONSTRAINT "FK_2499c339279740e77a256d15646" FOREIGN KEY ("recipient_id") REFERENCES "letter_recipients"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "delivery_events" ADD CONSTRAINT "FK_d9cf33d8c908fabd73d16247a02" FOREIGN KEY ("delivery_id") REFERENCES "deliveries"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "letter_editions" ADD CONSTRAINT "FK_690d01468c006183049226f1d5f" FOREIGN KEY ("letter_id") REFERENCES "letters"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "letter_editions" ADD CONSTRAINT "FK_cfc7fbefb37edd8957115ffe51a" FOREIGN KEY ("version_id") REFERENCES "letter_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "letter_editions" DROP CONSTRAINT "FK_cfc7fbefb37edd8957115ffe51a"`);
    await queryRunner.query(`ALTER TABLE "letter_editions" DROP CONSTRAINT "FK_690d01468c006183049226f1d5f"`);
    await queryRunner.query(`ALTER TABLE "delivery_events" DROP CONSTRAINT "FK_d9cf33d8c908fabd73d16247a02"`);
    await queryRunner.query(`ALTER TABLE "deliveries" DROP CONSTRAINT "FK_2499c339279740e77a256d15646"`);
    await queryRunner.query(`ALTER TABLE "deliveries" DROP CONSTRAINT "FK_76acc94cb85ccc1f855c40d9935"`);
    await queryRunner.query(`ALTER TABLE "letter_recipients" DROP CONSTRAINT "FK_fc0318a1cfc35221d1635608f97"`);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP CONSTRAINT "FK_04c7c044146c6632491a370fc04"`);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP CONSTRAINT "FK_91d46044e4c934c1b5f1ea229d1"`);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP CONSTRAINT "FK_28be3529fe3ee67c4dc76575d83"`);
    await queryRunner.query(`ALTER TABLE "letter_invitations" DROP CONSTRAINT "FK_9d72368f88f4e30d23cbf3d90fe"`);
    await queryRunner.query(`ALTER TABLE "letter_invitations" DROP CONSTRAINT "FK_d6c95ba4f607e73fe8b419979b8"`);
    await queryRunner.query(`ALTER TABLE "letter_invitations" DROP CONSTRAINT "FK_1f05e26059e8750872d3174be37"`);
    await queryRunner.query(`ALTER TABLE "endorsements" DROP CONSTRAINT "FK_c59e59674fccf31017480619b18"`);
    await queryRunner.query(`ALTER TABLE "endorsements" DROP CONSTRAINT "FK_f848797cdf5a7fdfb31471d0684"`);
    await queryRunner.query(`ALTER TABLE "endorsements" DROP CONSTRAINT "FK_627d76907ee45761b315df094ab"`);
    await queryRunner.query(`ALTER TABLE "endorsements" DROP CONSTRAINT "FK_90e9fd1d256771e4d18e3b76038"`);
    await queryRunner.query(`ALTER TABLE "timeline_entries" DROP CONSTRAINT "FK_107d7745f3f3236b1eebe55ef33"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "FK_bcc18f4dca9fb98a8b74eddedd6"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "FK_78bcebd520d9ea9bf6c3534717f"`);
    await queryRunner.query(`ALTER TABLE "letter_versions" DROP CONSTRAINT "FK_ce7d1394c1929ab7daa8620396a"`);
    await queryRunner.query(`ALTER TABLE "letter_leads" DROP CONSTRAINT "FK_ed78ae75009e922ccaefc3e2907"`);
    await queryRunner.query(`ALTER TABLE "letters" DROP CONSTRAINT "FK_ed52379b542743403ffebc04f1c"`);
  }
}
