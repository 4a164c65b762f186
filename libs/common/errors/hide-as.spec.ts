import { QueryFailedError } from 'typeorm';
import { DomainError, forbidden, invalidState, notFound } from './domain-error';
import { ErrorCode } from './error-code';
import { hideAs } from './hide-as';

function thrownBy(work: () => never): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('nothing thrown');
}

describe('hideAs', () => {
  it.each([
    ['FORBIDDEN', forbidden('Only members of the lead organisations can do this')],
    ['NOT_FOUND', notFound('Letter')],
  ])('answers %s about the parent as NOT_FOUND about the thing', (_code, error) => {
    const hidden = thrownBy(() => hideAs('Comment')(error));
    expect(hidden).toBeInstanceOf(DomainError);
    expect(hidden).toMatchObject({ code: ErrorCode.NOT_FOUND, message: 'Comment not found' });
  });

  it('passes a deadlock through unchanged', () => {
    const deadlock = new QueryFailedError(
      'SELECT 1 FOR UPDATE',
      [],
      Object.assign(new Error('deadlock detected'), { code: '40P01' }),
    );
    expect(thrownBy(() => hideAs('Comment')(deadlock))).toBe(deadlock);
  });

  it('passes other domain errors and plain errors through unchanged', () => {
    const closed = invalidState('The letter has been delivered');
    const crash = new Error('Connection terminated unexpectedly');
    expect(thrownBy(() => hideAs('Comment')(closed))).toBe(closed);
    expect(thrownBy(() => hideAs('Comment')(crash))).toBe(crash);
  });

  it('hides only the codes it is given', () => {
    const refused = forbidden('Only members of the lead organisations can do this');
    expect(thrownBy(() => hideAs('Recipient', [ErrorCode.NOT_FOUND])(refused))).toBe(refused);
    expect(thrownBy(() => hideAs('Recipient', [ErrorCode.NOT_FOUND])(notFound('Letter')))).toMatchObject({
      message: 'Recipient not found',
    });
  });
});
