import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '@undersigned/common';
import { AccountHooksModule } from './account-hooks.module';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { EmailChangeService } from './email-change.service';
import { LiveSessionsModule } from './live-sessions.module';
import { PasskeysResolver } from './passkeys.resolver';
import { PasskeysService } from './passkeys.service';
import { PasswordResolver } from './password.resolver';
import { PasswordService } from './password.service';
import { SignInThrottleService } from './sign-in-throttle.service';
import { UnverifiedAccountsService } from './unverified-accounts.service';
import { SessionService } from './session.service';
import { TwoFactorService } from './two-factor.service';

@Module({
  imports: [
    LiveSessionsModule,
    AccountHooksModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.jwtSecret, signOptions: { algorithm: 'HS256' } }),
    }),
  ],
  providers: [
    AccountsService,
    SessionService,
    TwoFactorService,
    AccountsResolver,
    SignInThrottleService,
    PasswordService,
    EmailChangeService,
    PasswordResolver,
    UnverifiedAccountsService,
    PasskeysService,
    PasskeysResolver,
  ],
  exports: [AccountsService, SessionService, LiveSessionsModule, UnverifiedAccountsService],
})
export class AccountsModule {}
