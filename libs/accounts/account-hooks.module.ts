import { Module } from '@nestjs/common';
import { EmailVerifiedHooksService } from './email-verified-hooks.service';
import { PasskeyRemovalHooksService } from './passkey-removal-hooks.service';

/**
 * The hooks accounts runs for other contexts, in a module of their own without resolvers, so that
 * a worker process can load the contexts that register with them.
 */
@Module({
  providers: [EmailVerifiedHooksService, PasskeyRemovalHooksService],
  exports: [EmailVerifiedHooksService, PasskeyRemovalHooksService],
})
export class AccountHooksModule {}
