import { REFUSAL_NOTE_LENGTH, RefusalKind } from './refusal';
import { classifySmtpFailure, type SmtpError } from './smtp-refusal';

const refusal = (responseCode: number, command: string, response: string, extra: Partial<SmtpError> = {}): SmtpError =>
  Object.assign(new Error('refused'), { responseCode, command, response, ...extra });

const refusesRecipient = (failure: SmtpError): boolean =>
  classifySmtpFailure(failure).kind === RefusalKind.BAD_RECIPIENT;

const { TEMPORARY, PERMANENT, BAD_RECIPIENT } = RefusalKind;

describe('classifySmtpFailure', () => {
  // [reply code, command, reply] → kind: the basic code decides permanence, the command and the
  // enhanced status (RFC 3463) whose fault a permanent one is.
  it.each<[number, string, string, RefusalKind]>([
    [421, 'MAIL FROM', '421 4.3.2 Service not available, closing channel', TEMPORARY],
    [450, 'RCPT TO', '450 4.2.0 Mailbox busy', TEMPORARY],
    [451, 'DATA', '451 4.3.0 Local error in processing', TEMPORARY],
    [452, 'RCPT TO', '452 4.2.2 Mailbox full', TEMPORARY],
    [454, 'AUTH PLAIN', '454 4.7.0 Temporary authentication failure', TEMPORARY],
    [450, 'DATA', '450 4.1.1 Recipient address temporarily unverifiable', TEMPORARY],
    [354, 'DATA', '354 unexpected', TEMPORARY],
    [500, 'DATA', '500 5.5.1 Command unrecognized', PERMANENT],
    [535, 'AUTH PLAIN', '535 5.7.8 Authentication credentials invalid', PERMANENT],
    [550, 'MAIL FROM', '550 5.1.8 Sender address rejected', PERMANENT],
    [550, 'DATA', '550 5.1.0 Other address status', PERMANENT],
    [550, 'DATA', '550 5.2.1 Mailbox disabled', PERMANENT],
    [552, 'DATA', '552 5.3.4 Message size exceeds fixed limit', PERMANENT],
    [554, 'DATA', '554 5.7.1 Message rejected as spam', PERMANENT],
    // A 5xx reply with a 4.x.x enhanced status is permanent: the basic code decides.
    [550, 'DATA', '550 4.7.1 Try again later', PERMANENT],
    [550, 'RCPT TO', '550 5.1.1 No such user', BAD_RECIPIENT],
    [551, 'RCPT TO', '551 5.1.6 User not local', BAD_RECIPIENT],
    [550, 'DATA', '550 5.1.1 Recipient address rejected', BAD_RECIPIENT],
    [550, 'DATA', '550 5.1.2 Bad destination system address', BAD_RECIPIENT],
    [553, 'DATA', '553 5.1.3 Bad destination mailbox address syntax', BAD_RECIPIENT],
    [550, 'DATA', '550 5.1.6 Destination mailbox has moved', BAD_RECIPIENT],
    [550, 'DATA', '550-5.1.10 RESOLVER.ADR.RecipientNotFound', BAD_RECIPIENT],
  ])('%i at %s (%s) is %s', (code, command, response, kind) => {
    expect(classifySmtpFailure(refusal(code, command, response)).kind).toBe(kind);
  });

  it('is temporary when no server answered, and names the error then', () => {
    for (const code of ['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS']) {
      const failure = Object.assign(new Error('no answer'), { code });
      expect(classifySmtpFailure(failure)).toEqual({ kind: TEMPORARY, note: 'no answer', code: 'Error' });
    }
  });

  it('is the recipient refused whenever the server rejected recipients', () => {
    expect(classifySmtpFailure(refusal(550, 'DATA', '550 Rejected', { rejected: ['x@y.example'] })).kind).toBe(
      BAD_RECIPIENT,
    );
    expect(classifySmtpFailure(refusal(450, 'DATA', '450 Later', { rejected: ['x@y.example'] })).kind).toBe(TEMPORARY);
  });

  it('notes the reply without the addresses it quotes, cut, and logs the reply code alone', () => {
    const reply = `550 5.1.1 <jane.doe@example.org>: Recipient address rejected ${'x'.repeat(2000)}`;
    const classified = classifySmtpFailure(refusal(550, 'RCPT TO', reply));
    expect(classified.note.startsWith('550 5.1.1 <[email]>: Recipient address rejected x')).toBe(true);
    expect(classified.note).not.toContain('jane.doe');
    expect(classified.note).toHaveLength(REFUSAL_NOTE_LENGTH);
    expect(classified.code).toBe('550');
  });

  it('notes the message, then the error code, when there is no reply', () => {
    const noReply = Object.assign(new Error('Greeting never received from mx.example.org'), { code: 'ETIMEDOUT' });
    expect(classifySmtpFailure(noReply).note).toBe('Greeting never received from mx.example.org');
    const bare = { code: 'ECONNRESET', name: 'Error' } as SmtpError;
    expect(classifySmtpFailure(bare).note).toBe('ECONNRESET');
  });
});

describe('refusesRecipient', () => {
  it('is true for a permanent refusal of the recipient', () => {
    expect(refusesRecipient(refusal(550, 'RCPT TO', '550 5.1.1 No such user'))).toBe(true);
    expect(refusesRecipient(refusal(553, 'RCPT TO', '553 mailbox name not allowed'))).toBe(true);
    expect(refusesRecipient(refusal(550, 'DATA', '550 5.1.1 <x@y>: Recipient address rejected'))).toBe(true);
    expect(refusesRecipient(refusal(550, 'DATA', '550-5.1.10 RESOLVER.ADR.RecipientNotFound'))).toBe(true);
  });

  it('is false for our relay refusing us or the content, and for temporary refusals', () => {
    expect(refusesRecipient(refusal(535, 'AUTH PLAIN', '535 5.7.8 Authentication credentials invalid'))).toBe(false);
    expect(refusesRecipient(refusal(550, 'MAIL FROM', '550 5.1.8 Sender address rejected'))).toBe(false);
    expect(refusesRecipient(refusal(552, 'DATA', '552 5.3.4 Message size exceeds fixed limit'))).toBe(false);
    expect(refusesRecipient(refusal(554, 'DATA', '554 5.7.1 Message rejected as spam'))).toBe(false);
    expect(refusesRecipient(refusal(550, 'DATA', '550 5.1.7 Bad sender mailbox syntax'))).toBe(false);
    expect(refusesRecipient(refusal(450, 'RCPT TO', '450 4.2.0 Mailbox busy'))).toBe(false);
    expect(refusesRecipient(Object.assign(new Error('connection refused'), { code: 'ECONNECTION' }))).toBe(false);
  });
});
