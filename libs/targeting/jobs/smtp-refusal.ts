/** What nodemailer tells of a failed send (smtp-connection's errors). */
export interface SmtpError extends Error {
  responseCode?: number;
  response?: string;
  code?: string;
  /** The SMTP command refused: 'AUTH PLAIN', 'MAIL FROM', 'RCPT TO', 'DATA', ... */
  command?: string;
  /** The recipients the server refused (RCPT TO). */
  rejected?: string[];
}

/** Enhanced status codes (RFC 3463) that mean the recipient's address is bad, not the sender or content. */
const BAD_RECIPIENT_STATUS = /(?:^|[\s-])5\.1\.(?:1|2|3|6|10)(?=\s|$)/;

/** A refusal that will not change on retry (5xx): the message fails. */
export function isPermanent(failure: SmtpError): boolean {
  return typeof failure.responseCode === 'number' && failure.responseCode >= 500;
}

/**
 * A permanent refusal of the recipient's address itself: at RCPT TO, or with an enhanced status
 * 5.1.x naming a bad destination. Our own relay refusing us (535 at AUTH, a MAIL FROM policy) or
 * the content (552/554 at DATA) says nothing about the target's address.
 */
export function refusesRecipient(failure: SmtpError): boolean {
  if (!isPermanent(failure)) return false;
  if (failure.command === 'RCPT TO' || (failure.rejected?.length ?? 0) > 0) return true;
  if (failure.command !== 'DATA') return false;
  // Linear: one bounded pass over at most the first line-ish of the reply.
  return BAD_RECIPIENT_STATUS.test((failure.response ?? '').slice(0, 1000));
}
