import { Injectable, type OnModuleInit } from '@nestjs/common';
import { IsNull, Not, type EntityManager } from 'typeorm';
import { EmailVerifiedHooksService, User, type EmailVerified } from '@undersigned/accounts';
import { MemberlessOrganisationsService } from '@undersigned/organisations';

/**
 * A person who verifies an account at the address an organisation without members signed from
 * (signByInvitation, confirmSignOn) becomes its OWNER, in the verification's transaction: its next letter is
 * signed from an account.
 */
@Injectable()
export class GuestOwnersService implements OnModuleInit {
  constructor(
    private readonly hooks: EmailVerifiedHooksService,
    private readonly organisations: MemberlessOrganisationsService,
  ) {}

  onModuleInit(): void {
    this.hooks.register((manager, verified) => this.adopt(manager, verified));
  }

  /**
   * At signing: an account already verified at the address the guest signed from (its holder signed
   * without signing in) becomes the new organisation's OWNER at once, as it would on verifying later.
   */
  async adoptAtSigning(manager: EntityManager, email: string, organisationId: string): Promise<void> {
    const user = await manager.findOne(User, { where: { email, emailVerifiedAt: Not(IsNull()) } });
    if (user) await this.organisations.adopt(manager, user.id, [organisationId]);
  }

  private async adopt(manager: EntityManager, { userId, email }: EmailVerified): Promise<void> {
    const rows = (await manager.query(
      `SELECT DISTINCT e.organisation_id FROM endorsements e
        WHERE e.signed_by_email = lower($1) AND (e.invitation_id IS NOT NULL OR e.sign_on_request_id IS NOT NULL)`,
      [email],
    )) as { organisation_id: string }[];
    if (rows.length)
      await this.organisations.adopt(
        manager,
        userId,
        rows.map((r) => r.organisation_id),
      );
  }
}
