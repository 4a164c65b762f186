import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EmailVerifiedHooksService, type EmailVerified } from '@undersigned/accounts';
import { MemberlessOrganisationsService } from '@undersigned/organisations';

/**
 * A person who verifies an account at the address an organisation without members signed from
 * (signByInvitation) becomes its OWNER, in the verification's transaction: its next letter is
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

  private async adopt(manager: EntityManager, { userId, email }: EmailVerified): Promise<void> {
    const rows = (await manager.query(
      `SELECT DISTINCT e.organisation_id FROM endorsements e
        WHERE e.signed_by_email = lower($1) AND e.invitation_id IS NOT NULL`,
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
