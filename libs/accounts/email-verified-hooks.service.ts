import { Injectable } from '@nestjs/common';
import { TransactionHooks } from '@undersigned/common';

/** An account's address, newly proven to be its holder's (the first verification, or a confirmed change). */
export interface EmailVerified {
  userId: string;
  email: string;
}

/**
 * Lets later contexts act in the transaction that verified an address (endorsements: an organisation
 * that signed from it without members gets its OWNER) without accounts depending on them.
 */
@Injectable()
export class EmailVerifiedHooksService extends TransactionHooks<EmailVerified> {}
