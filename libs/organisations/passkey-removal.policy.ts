import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PasskeyRemovalHooksService, type PasskeyRemoval } from '@undersigned/accounts';
import { DomainError, ErrorCode } from '@undersigned/common';

/**
 * The last passkey of a member of an organisation that requires phishing-resistant sign-in goes
 * only from a session begun with a passkey minutes ago: whoever removes it has just proven they
 * hold it (a phished password and code, or a stolen access token, cannot take it away).
 */
@Injectable()
export class PasskeyRemovalPolicy implements OnModuleInit {
  constructor(private readonly hooks: PasskeyRemovalHooksService) {}

  onModuleInit(): void {
    this.hooks.register((manager, removal) => this.check(manager, removal));
  }

  private async check(
    manager: EntityManager,
    { userId, remaining, freshPasskeySession }: PasskeyRemoval,
  ): Promise<void> {
    if (remaining > 0 || freshPasskeySession) return;
    const rows = (await manager.query(
      `SELECT o.name FROM memberships m JOIN organisations o ON o.id = m.organisation_id
       WHERE m.user_id = $1 AND o.require_phishing_resistant ORDER BY o.name LIMIT 3`,
      [userId],
    )) as { name: string }[];
    if (!rows.length) return;
    throw new DomainError(
      ErrorCode.REAUTHENTICATION_REQUIRED,
      `${rows.map((row) => row.name).join(', ')} require${rows.length === 1 ? 's' : ''} a passkey sign-in: without ` +
        'this last passkey you could no longer act for them. To remove it anyway, sign out, sign in again with ' +
        'this passkey, and remove it within 5 minutes',
    );
  }
}
