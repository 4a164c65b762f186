import { refusesRecipient, type SmtpError } from './smtp-refusal';

const refusal = (responseCode: number, command: string, response: string, extra: Partial<SmtpError> = {}): SmtpError =>
  Object.assign(new Error('refused'), { responseCode, command, response, ...extra });

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
