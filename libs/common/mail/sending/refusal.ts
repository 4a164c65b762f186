import { redactEmails } from '../../logging/redact';

/** A stored or logged reply is cut here: enough to diagnose a refusal. */
export const REFUSAL_NOTE_LENGTH = 1000;

/** What a failed send means for the next one, whatever the transport (SMTP today, HTTP for webhooks). */
export enum RefusalKind {
  /** Try again later: a 4xx reply, no reply at all, a timeout, a dropped connection. */
  TEMPORARY = 'TEMPORARY',
  /** Refused for good for a reason of ours (our relay refusing us, the content): this send fails, alone. */
  PERMANENT = 'PERMANENT',
  /** Refused for good because of the recipient's address itself: sending to it again is pointless too. */
  BAD_RECIPIENT = 'BAD_RECIPIENT',
}

/** A failed send, classified by its transport (see classifySmtpFailure). */
export interface Refusal {
  kind: RefusalKind;
  /** The reply, redacted and cut (refusalNote): what may be stored and logged. */
  note: string;
  /** The reply's code, or the error's name when there was no reply: for logs that must not carry the reply. */
  code: string;
}

/** Whether the send fails for good: no retry, whatever the retry policy. */
export function isFinal(refusal: Refusal): boolean {
  return refusal.kind !== RefusalKind.TEMPORARY;
}

/** A reply as it may be stored and logged: without the addresses it quotes, and at most REFUSAL_NOTE_LENGTH long. */
export function refusalNote(reply: string): string {
  return redactEmails(reply).slice(0, REFUSAL_NOTE_LENGTH);
}
