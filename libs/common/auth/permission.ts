import { SetMetadata } from '@nestjs/common';

/** Who may call an operation. Data-dependent rules live in the policy services. */
export enum Permission {
  /** Anyone, logged in or not (a valid token still identifies the caller). */
  PUBLIC = 'PUBLIC',
  /** A caller with a valid access token, verified email or not: reading, and the account's own steps. */
  AUTHENTICATED = 'AUTHENTICATED',
  /**
   * A caller with a valid access token whose email address is verified: everything that writes for
   * an organisation or makes the platform mail someone else.
   */
  VERIFIED = 'VERIFIED',
  /** An organisation's API key and nothing else (the OSDI API, which answers for the key's organisation). */
  API_KEY = 'API_KEY',
}

export const ALLOW_KEY = 'undersigned:allow';

/** Declares who may call an operation; enforced by PermissionGuard. Undecorated operations are refused. */
export const Allow = (permission: Permission): MethodDecorator & ClassDecorator => SetMetadata(ALLOW_KEY, permission);

export const ALLOW_API_KEYS_KEY = 'undersigned:allow-api-keys';

/**
 * Declares that an organisation's API key may call an operation too (besides the people its
 * @Allow admits), acting for its organisation as a COORDINATOR at most. Undeclared operations are
 * refused to keys: those meant for people (members, keys, webhooks, the account, two-factor) never
 * carry it.
 */
export const AllowApiKeys = (): MethodDecorator & ClassDecorator => SetMetadata(ALLOW_API_KEYS_KEY, true);
