import { DomainError, ErrorCode, forbidden, type InvitationLimitsConfig } from '@undersigned/common';
import type { EntityManager } from 'typeorm';

/**
 * How many invitations may be mailed, so that the platform cannot be used to mail anyone
 * anything: per letter and per inviting account in 24 hours, and a few addresses in all from a
 * letter none of whose leads has verified its domain. Counted in PostgreSQL, so every process sees
 * the same counts.
 */
export class InvitationLimits {
  constructor(private readonly limits: InvitationLimitsConfig) {}

  /**
   * Serialises one account's invitations (the letter's own are serialised by its row lock, taken
   * first): a second call waits here and then counts the first one's invitations.
   */
  async lock(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('letter-invitations:' || $1, 0))`, [userId]);
  }

  /**
   * Checked before this call's invitations are written, with the email addresses it adds (each
   * one a new invitation), so a flood is refused at once; and again after, with nothing to add, in
   * the same transaction: beyond a limit the error rolls back everything, and nothing is mailed.
   * The daily limits answer RATE_LIMITED (waiting helps); the unverified letter's answers
   * FORBIDDEN (only verifying a lead's domain does).
   */
  async check(manager: EntityManager, letterId: string, userId: string, adding = 0): Promise<void> {
    const [counts] = (await manager.query(
      `SELECT
         (SELECT count(*) FROM letter_invitations
           WHERE letter_id = $1 AND sent_at > now() - interval '1 day')::int AS letter_day,
         (SELECT count(*) FROM letter_invitations
           WHERE invited_by_id = $2 AND sent_at > now() - interval '1 day')::int AS account_day,
         (SELECT count(*) FROM letter_invitations WHERE letter_id = $1 AND email IS NOT NULL)::int AS by_email,
         EXISTS (SELECT 1 FROM letter_leads ll JOIN organisations o ON o.id = ll.organisation_id
                  WHERE ll.letter_id = $1 AND ll.accepted_at IS NOT NULL AND o.verified_domain IS NOT NULL) AS verified`,
      [letterId, userId],
    )) as { letter_day: number; account_day: number; by_email: number; verified: boolean }[];
    if (!counts.verified && counts.by_email + adding > this.limits.unverifiedLeads) {
      throw forbidden(
        `Until one of this letter's lead organisations has verified its domain, the letter may invite at most ` +
          `${this.limits.unverifiedLeads} email addresses: verify your organisation's domain, or invite organisations by name`,
      );
    }
    if (counts.letter_day + adding > this.limits.perLetterPerDay) {
      throw new DomainError(
        ErrorCode.RATE_LIMITED,
        `A letter may send at most ${this.limits.perLetterPerDay} invitations a day: try again tomorrow`,
      );
    }
    if (counts.account_day + adding > this.limits.perAccountPerDay) {
      throw new DomainError(
        ErrorCode.RATE_LIMITED,
        `You may send at most ${this.limits.perAccountPerDay} invitations a day: try again tomorrow`,
      );
    }
  }
}
