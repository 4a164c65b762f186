import { Module, OnModuleInit } from '@nestjs/common';
import { LettersModule } from '@undersigned/letters';
import { RepresentativesModule } from '@undersigned/representatives';
import { SignatureHooksService, SupportersModule } from '@undersigned/supporters';
import { MessageSchedulerService } from './message-scheduler.service';
import { TargetingQueue } from './targeting.queue';
import { TargetingResolver } from './targeting.resolver';
import { TargetingService } from './targeting.service';

/** "Email your representative": supporters' messages to the representatives of their areas. */
@Module({
  imports: [LettersModule, SupportersModule, RepresentativesModule],
  providers: [TargetingQueue, MessageSchedulerService, TargetingService, TargetingResolver],
  exports: [MessageSchedulerService],
})
export class TargetingModule implements OnModuleInit {
  constructor(
    private readonly hooks: SignatureHooksService,
    private readonly queue: TargetingQueue,
  ) {}

  onModuleInit(): void {
    // Every confirmed signature with a postcode: its area is filled in, and its messages queued if the letter asks.
    this.hooks.onConfirmed(async (manager, signature) => {
      if (signature.postcode) await this.queue.confirmed(manager, signature.id, signature.letterId);
    });
  }
}
