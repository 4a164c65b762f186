import { Module } from '@nestjs/common';
import { SessionRegistry } from '@undersigned/common';
import { LiveSessionsService } from './live-sessions.service';

/**
 * Whether a session still stands, for the global guard and for subscriptions in other contexts. A
 * module of its own, without resolvers, so that a worker process can load the contexts that import
 * it (AccountsModule's resolvers need the API's throttler).
 */
@Module({
  providers: [LiveSessionsService, { provide: SessionRegistry, useExisting: LiveSessionsService }],
  exports: [LiveSessionsService, SessionRegistry],
})
export class LiveSessionsModule {}
