/**
 * Answers what the global guard needs to know about an account. Provided by the accounts context,
 * which owns the users table (common cannot import it).
 */
export abstract class AccountRegistry {
  /** Whether the account's email address is verified; null when there is no such account. */
  abstract emailVerified(userId: string): Promise<boolean | null>;
}
