import { DomainError, ErrorCode, type MemberInvitationLimitsConfig } from '@undersigned/common';
import type { EntityManager } from 'typeorm';

/**
 * How many invitations to join an organisation may be mailed, so that creating an organisation
 * does not make the platform mail anyone anything: per organisation and per inviting account in
 * 24 hours, and one address at most once a day. Counted in PostgreSQL (each invitation's
 * `sent_at` is its last mail), so every process sees the same counts.
 */
export class MemberInvitationLimits {
  constructor(private readonly limits: MemberInvitationLimitsConfig) {}

  /**
   * Serialises one account's and one organisation's invitations, in that order everywhere: a
   * second call waits here and then counts the first one's mail.
   */
  async lock(manager: EntityManager, userId: string, organisationId: string): Promise<void> {
    await manager.query(
      `SELECT pg_advisory_xact_lock(hashtextextended('member-invitations:' || $1, 0)),
              pg_advisory_xact_lock(hashtextextended('member-invitations:' || $2, 0))`,
      [userId, organisationId],
    );
  }

  /** Before one more invitation mail is queued; beyond a limit, RATE_LIMITED and nothing is written. */
  async check(manager: EntityManager, organisationId: string, userId: string, email: string): Promise<void> {
    const [counts] = (await manager.query(
      `SELECT
         (SELECT count(*) FROM membership_invitations
           WHERE organisation_id = $1 AND sent_at > now() - interval '1 day')::int AS organisation_day,
         (SELECT count(*) FROM membership_invitations
           WHERE invited_by_id = $2 AND sent_at > now() - interval '1 day')::int AS account_day,
         EXISTS (SELECT 1 FROM membership_invitations
           WHERE organisation_id = $1 AND email = $3 AND accepted_at IS NULL AND revoked_at IS NULL
             AND sent_at > now() - interval '1 day') AS address_day`,
      [organisationId, userId, email],
    )) as { organisation_day: number; account_day: number; address_day: boolean }[];
    if (counts.address_day) {
      throw new DomainError(
        ErrorCode.RATE_LIMITED,
        'This address was sent an invitation less than a day ago: it is still valid, try again tomorrow',
      );
    }
    if (counts.organisation_day >= this.limits.perOrganisationPerDay) {
      throw new DomainError(
        ErrorCode.RATE_LIMITED,
        `An organisation may send at most ${this.limits.perOrganisationPerDay} invitations a day: try again tomorrow`,
      );
    }
    if (counts.account_day >= this.limits.perAccountPerDay) {
      throw new DomainError(
        ErrorCode.RATE_LIMITED,
        `You may send at most ${this.limits.perAccountPerDay} invitations to join an organisation a day: try again tomorrow`,
      );
    }
  }
}
