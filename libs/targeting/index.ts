export * from './targeting-mode';
export * from './letter-targeting.entity';
export * from './target-message.entity';
export * from './target-message-event.entity';
export * from './targeting.queue';
export * from './targeting.module';
export * from './jobs/targeting-jobs.module';
export * from './jobs/target-message.worker';

import { LetterTargeting } from './letter-targeting.entity';
import { TargetMessageEvent } from './target-message-event.entity';
import { TargetMessage } from './target-message.entity';

export const TARGETING_ENTITIES = [LetterTargeting, TargetMessage, TargetMessageEvent];
