import { Module } from '@nestjs/common';
import { AccountRegistry, SessionRegistry } from '@undersigned/common';
import { AccountRegistryService } from './account-registry.service';
import { LiveSessionsService } from './live-sessions.service';

/**
 * Whether a session still stands, for the global guard and for subscriptions in other contexts, and
 * whether an account's address is verified, for the guard. A module of its own, without resolvers, so that a worker process can load the contexts that import
 * it (AccountsModule's resolvers need the API's throttler).
 */
@Module({
  providers: [
    LiveSessionsService,
    { provide: SessionRegistry, useExisting: LiveSessionsService },
    { provide: AccountRegistry, useClass: AccountRegistryService },
  ],
  exports: [LiveSessionsService, SessionRegistry, AccountRegistry],
})
export class LiveSessionsModule {}
