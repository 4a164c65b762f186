import { Logger, type ArgumentsHost } from '@nestjs/common';
import { stdSerializers } from 'pino';
import { QueryFailedError } from 'typeorm';
import { AllExceptionsFilter } from '../errors/all-exceptions.filter';
import { formatGraphqlError } from '../errors/format-graphql-error';
import { loggableError, redactEmails } from './redact';

const EMAIL = 'jane.doe+campaign@example.org';

/** A failed query as TypeORM reports it: the SQL, its parameters and PostgreSQL's error. */
function failedQuery(): QueryFailedError {
  const driverError = Object.assign(new Error(`invalid input syntax for type json: "${EMAIL}"`), {
    code: '22P99',
    detail: `Key (email)=(${EMAIL}) already exists.`,
    table: 'users',
  });
  return new QueryFailedError(
    `UPDATE users SET name = 'Jane' WHERE email = $1 AND note = 'mail ${EMAIL}'`,
    [EMAIL, 'hunter2'],
    driverError,
  );
}

/** What pino would write for a logged `{ err }` object. */
function written(payload: unknown): string {
  const { err } = payload as { err: unknown };
  return JSON.stringify({ ...(payload as object), err: stdSerializers.err(err as Error) });
}

describe('redaction of logs', () => {
  const logged: unknown[][] = [];

  beforeAll(() => {
    Logger.overrideLogger({
      log: () => undefined,
      warn: () => undefined,
      debug: () => undefined,
      verbose: () => undefined,
      error: (...args: unknown[]) => logged.push(args),
    });
  });

  afterAll(() => Logger.overrideLogger(true));

  beforeEach(() => logged.splice(0));

  it('replaces email addresses, keeping the rest of an SMTP reply', () => {
    expect(redactEmails(`550 5.1.1 <${EMAIL}>: Recipient address rejected`)).toBe(
      '550 5.1.1 <[email]>: Recipient address rejected',
    );
  });

  it('replaces addresses with a quoted local part or an address literal for a domain (RFC 5321)', () => {
    for (const address of [
      '"jane doe"@example.org',
      '"jane@home"@example.org',
      '"a\\"b"@example.org',
      'jane@[192.0.2.7]',
      'jane@[IPv6:2001:db8::7]',
      '"j d"@[192.0.2.7]',
    ]) {
      expect(redactEmails(`550 5.1.1 <${address}>: Recipient address rejected`)).toBe(
        '550 5.1.1 <[email]>: Recipient address rejected',
      );
    }
    // Quotes and brackets that hold no address are left alone.
    expect(redactEmails('421 "try again later" [mx.example.org]')).toBe('421 "try again later" [mx.example.org]');
  });

  it('finds the address in a reply of unclosed quotes and brackets, and keeps what is no address', () => {
    const unclosed = `${'"'.repeat(1_000)} jane@example.org ${'a'.repeat(300)}@[${'1'.repeat(300)}`;
    expect(redactEmails(unclosed)).toBe(`${'"'.repeat(1_000)} [email] ${'a'.repeat(300)}@[${'1'.repeat(300)}`);
  });

  it('logs a failed query by its code and table, without parameters, values or addresses', () => {
    const error = failedQuery();
    const text = JSON.stringify(loggableError(error));
    expect(text).toContain('22P99');
    expect(text).toContain('users');
    expect(text).not.toContain(EMAIL);
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('Jane');
  });

  it('the filter and the GraphQL formatter log unexpected errors only so redacted', () => {
    const host = { getType: () => 'graphql' } as unknown as ArgumentsHost;
    new AllExceptionsFilter().catch(failedQuery(), host);
    formatGraphqlError({ message: 'x', extensions: {} }, new Error(`boom for ${EMAIL}`));
    expect(logged).toHaveLength(2);
    for (const [payload] of logged) {
      const text = written(payload);
      expect(text).not.toContain(EMAIL);
      expect(text).not.toContain('hunter2');
      expect(text).not.toMatch(/parameters/);
    }
  });
});
