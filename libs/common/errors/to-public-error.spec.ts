import { createServer } from 'node:net';
import { BadRequestException } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { Client } from 'pg';
import { QueryFailedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { DomainError } from './domain-error';
import { ErrorCode } from './error-code';
import { DATABASE_UNAVAILABLE, toPublicError } from './to-public-error';

function pgError(code: string): QueryFailedError {
  const driverError = Object.assign(new Error('duplicate key value violates unique constraint "users_email_key"'), {
    code,
    detail: 'Key (email)=(secret@example.org) already exists.',
  });
  return new QueryFailedError('INSERT INTO users ...', [], driverError);
}

describe('toPublicError', () => {
  it('keeps the code and message of a domain error', () => {
    expect(toPublicError(new DomainError(ErrorCode.STALE_VERSION, 'Sign the current text'))).toEqual({
      code: ErrorCode.STALE_VERSION,
      message: 'Sign the current text',
      unexpected: false,
    });
  });

  it('turns a unique violation into CONFLICT without the SQL, the constraint or the value', () => {
    const error = toPublicError(pgError('23505'));
    expect(error.code).toBe(ErrorCode.CONFLICT);
    expect(JSON.stringify(error)).not.toMatch(/INSERT|users_email_key|secret@example.org/);
  });

  it.each(['22021', '22P05', '22003', '22007', '22008'])('maps the data exception %s to BAD_USER_INPUT', (code) => {
    expect(toPublicError(pgError(code))).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, unexpected: false });
  });

  it('maps validation and throttling', () => {
    expect(toPublicError(new BadRequestException(['name must not be empty'])).code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(toPublicError(new ThrottlerException()).code).toBe(ErrorCode.RATE_LIMITED);
  });

  it('hides anything unforeseen behind a generic message', () => {
    const error = toPublicError(new Error('connect ECONNREFUSED 10.0.0.5:5432 password=hunter2'));
    expect(error).toEqual({
      code: ErrorCode.INTERNAL_SERVER_ERROR,
      message: 'Internal server error',
      unexpected: true,
    });
    expect(toPublicError(pgError('XX000')).code).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
  });

  it('says the database is unavailable (HTTP 503, nothing of the address) when it cannot be reached', async () => {
    const port = await new Promise<number>((done) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => done(typeof address === 'object' && address ? address.port : 0));
      });
    });
    const refused = await new Client({ host: '127.0.0.1', port, password: 'hunter2' }).connect().catch((e: Error) => e);
    expect(toPublicError(refused)).toEqual(DATABASE_UNAVAILABLE);
    expect(DATABASE_UNAVAILABLE).toEqual({
      code: ErrorCode.INTERNAL_SERVER_ERROR,
      message: 'The database is unavailable; try again shortly',
      unexpected: false,
      httpStatus: 503,
    });
    // Shutting down, starting up, a dropped connection: the same.
    expect(toPublicError(pgError('57P01'))).toEqual(DATABASE_UNAVAILABLE);
    expect(toPublicError(pgError('57P03'))).toEqual(DATABASE_UNAVAILABLE);
    expect(toPublicError(new Error('Connection terminated unexpectedly'))).toEqual(DATABASE_UNAVAILABLE);
    // Too many connections while every process reconnects at once, and a refusal on each address tried.
    expect(toPublicError(pgError('53300'))).toEqual(DATABASE_UNAVAILABLE);
    const attempts = new AggregateError([Object.assign(new Error('connect'), { code: 'ECONNREFUSED' })], 'connect');
    expect(toPublicError(attempts)).toEqual(DATABASE_UNAVAILABLE);
    // A transaction whose connection broke under it.
    expect(toPublicError(new QueryRunnerProviderAlreadyReleasedError())).toEqual(DATABASE_UNAVAILABLE);
  });
});
