import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, SessionRegistry, type AppConfig } from '@undersigned/common';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { LiveSessions } from './live-sessions';
import { SessionService } from './session.service';
import { TwoFactorService } from './two-factor.service';

@Module({
  imports: [
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
    LiveSessions,
    // The global guard asks it whether each token's session still stands.
    { provide: SessionRegistry, useExisting: LiveSessions },
  ],
  exports: [AccountsService, SessionService, SessionRegistry],
})
export class AccountsModule {}
