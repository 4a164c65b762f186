export * from './user.entity';
export * from './email-verification.entity';
export * from './refresh-token.entity';
export * from './dto/user.object';
export * from './accounts.service';
export * from './session.service';
export * from './accounts.module';
export { LiveSessionsModule } from './live-sessions.module';
export { AccountHooksModule } from './account-hooks.module';
export { EmailVerifiedHooksService, type EmailVerified } from './email-verified-hooks.service';
export { PlatformAdminPolicy } from './platform-admin.policy';
export { deriveKey, encryptSecret, decryptSecret } from './account-secrets';
export { PasskeyRemovalHooksService, type PasskeyRemoval } from './passkey-removal-hooks.service';
export * from './passkey.entity';
export * from './passkey-challenge.entity';

export * from './session.entity';
export * from './recovery-code.entity';
export * from './password-reset.entity';
export * from './email-change.entity';
export * from './sign-in-throttle.entity';
export { UnverifiedAccountsService } from './unverified-accounts.service';
export { AccountsJobsModule, UNVERIFIED_ACCOUNTS_CRON, UNVERIFIED_ACCOUNTS_QUEUE } from './jobs/accounts-jobs.module';

import { EmailChange } from './email-change.entity';
import { EmailVerification } from './email-verification.entity';
import { Passkey } from './passkey.entity';
import { PasskeyChallenge } from './passkey-challenge.entity';
import { PasswordReset } from './password-reset.entity';
import { SignInThrottle } from './sign-in-throttle.entity';
import { RecoveryCode } from './recovery-code.entity';
import { RefreshToken } from './refresh-token.entity';
import { Session } from './session.entity';
import { User } from './user.entity';

export const ACCOUNTS_ENTITIES = [
  User,
  EmailVerification,
  RefreshToken,
  Session,
  RecoveryCode,
  PasswordReset,
  EmailChange,
  SignInThrottle,
  Passkey,
  PasskeyChallenge,
];
