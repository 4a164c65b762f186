import { Injectable } from '@nestjs/common';
import { TransactionHooks } from '@undersigned/common';

/** A passkey about to be removed, in the removal's transaction (the user's row locked). */
export interface PasskeyRemoval {
  userId: string;
  /** The account's passkeys left once it is gone. */
  remaining: number;
  /** Whether the caller's session began with a passkey a few minutes ago at most. */
  freshPasskeySession: boolean;
}

/**
 * Lets later contexts refuse a removal (organisations: the last passkey of a member of one that
 * requires phishing-resistant sign-in) without accounts depending on them. A hook refuses by throwing.
 */
@Injectable()
export class PasskeyRemovalHooksService extends TransactionHooks<PasskeyRemoval> {}
