import { Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { RepeatingTask } from './repeating-task';

/** What a repeating worker does, how often, and what its log says when a run fails. */
export interface Repetition {
  everyMs: number;
  work: () => Promise<unknown>;
  failure: string;
}

/**
 * A worker that repeats its work in-process (a RepeatingTask) from the application's start until
 * its modules are destroyed, which waits for a run in progress. A subclass says what it repeats;
 * the lifecycle is written here once.
 */
export abstract class RepeatingWorker implements OnApplicationBootstrap, OnModuleDestroy {
  protected readonly logger = new Logger(this.constructor.name);
  private loop: RepeatingTask | undefined;

  protected abstract repetition(): Repetition;

  onApplicationBootstrap(): void {
    const { everyMs, work, failure } = this.repetition();
    this.loop = new RepeatingTask(everyMs, work, (error) => this.logger.warn(`${failure}: ${error.message}`));
    this.loop.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.loop?.stop();
  }
}
