import { refusalNote, RefusalKind, type Refusal } from './refusal';

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

/**
 * What an SMTP failure means. The basic reply code decides: 5xx will not change on retry; anything
 * else (4xx, no reply: refused connection, timeout) may. A permanent refusal is the recipient's
 * when it came at RCPT TO, or at DATA with an enhanced status 5.1.x naming a bad destination; our
 * own relay refusing us (535 at AUTH, a MAIL FROM policy) or the content (552/554 at DATA) says
 * nothing about the recipient's address.
 */
export function classifySmtpFailure(error: unknown): Refusal {
  const failure = error as SmtpError;
  const code = failure.responseCode;
  const note = refusalNote(failure.response ?? failure.message ?? String(failure.code));
  const summary = String(code ?? failure.name);
  if (typeof code !== 'number' || code < 500) return { kind: RefusalKind.TEMPORARY, note, code: summary };
  return { kind: refusesRecipient(failure) ? RefusalKind.BAD_RECIPIENT : RefusalKind.PERMANENT, note, code: summary };
}

/** A permanent refusal at RCPT TO, or at DATA with a bad-destination enhanced status. */
function refusesRecipient(failure: SmtpError): boolean {
  if (failure.command === 'RCPT TO' || (failure.rejected?.length ?? 0) > 0) return true;
  if (failure.command !== 'DATA') return false;
  // Linear: one bounded pass over at most the first line-ish of the reply.
  return BAD_RECIPIENT_STATUS.test((failure.response ?? '').slice(0, 1000));
}
