import { refusalNote, RefusalKind, type Refusal } from './refusal';

/**
 * What an HTTP answer means for the next send (webhooks): null for any 2xx (delivered); 410 Gone
 * says the receiver's address is gone for good (BAD_RECIPIENT: the hook is disabled); any other
 * status, a redirect included (redirects are not followed), may change on retry.
 */
export function classifyHttpStatus(status: number, body: string): Refusal | null {
  if (status >= 200 && status < 300) return null;
  const note = refusalNote(`HTTP ${status}${body ? `: ${body}` : ''}`);
  if (status === 410) return { kind: RefusalKind.BAD_RECIPIENT, note, code: String(status) };
  return { kind: RefusalKind.TEMPORARY, note, code: String(status) };
}

/**
 * A request that got no answer: refused or dropped connection, timeout, unresolvable name. The
 * network may recover, so it is temporary; an address the guard refuses is not (`permanent`).
 */
export function classifyHttpFailure(error: unknown, permanent = false): Refusal {
  const failure = error as NodeJS.ErrnoException;
  const note = refusalNote(failure.message ?? String(error));
  return { kind: permanent ? RefusalKind.PERMANENT : RefusalKind.TEMPORARY, note, code: failure.code ?? failure.name };
}
