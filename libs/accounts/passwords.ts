import * as argon2 from 'argon2';
import { badInput } from '@undersigned/common';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './dto/sign-up.input';

const ARGON2_OPTIONS = { type: argon2.argon2id } as const;

export const hashPassword = (password: string): Promise<string> => argon2.hash(password, ARGON2_OPTIONS);

export const verifyPassword = (hash: string, password: string): Promise<boolean> =>
  password.length > MAX_PASSWORD_LENGTH ? Promise.resolve(false) : argon2.verify(hash, password);

/** The rule of SignUpInput, for operations that take a new password as a plain argument. */
export function assertNewPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw badInput(`password must be at least ${MIN_PASSWORD_LENGTH} characters long`);
  }
  if (password.length > MAX_PASSWORD_LENGTH)
    throw badInput(`password must be at most ${MAX_PASSWORD_LENGTH} characters long`);
}
