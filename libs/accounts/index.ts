export * from './user.entity';
export * from './email-verification.entity';
export * from './refresh-token.entity';
export * from './dto/user.object';
export * from './accounts.service';
export * from './session.service';
export * from './accounts.module';

export * from './session.entity';
export * from './recovery-code.entity';

import { EmailVerification } from './email-verification.entity';
import { RecoveryCode } from './recovery-code.entity';
import { RefreshToken } from './refresh-token.entity';
import { Session } from './session.entity';
import { User } from './user.entity';

export const ACCOUNTS_ENTITIES = [User, EmailVerification, RefreshToken, Session, RecoveryCode];
