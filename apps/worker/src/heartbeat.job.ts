import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { HEARTBEAT_QUEUE, QUEUE, WorkerHeartbeat } from '@undersigned/common';

/** Every minute one worker takes the heartbeat job and records it: proof that the queue delivers work. */
@Injectable()
export class HeartbeatJob implements OnApplicationBootstrap {
  private readonly logger = new Logger(HeartbeatJob.name);
  readonly workerId = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;

  constructor(
    @Inject(QUEUE) private readonly boss: PgBoss,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.boss.work(HEARTBEAT_QUEUE, async () => this.beat());
    await this.boss.schedule(HEARTBEAT_QUEUE, '* * * * *', {}, { singletonKey: HEARTBEAT_QUEUE });
    await this.boss.send(HEARTBEAT_QUEUE, {});
    this.logger.log(`worker ${this.workerId} started`);
  }

  async beat(): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(WorkerHeartbeat)
      .values({ workerId: this.workerId, beatAt: () => 'now()' })
      .orUpdate(['beat_at'], ['worker_id'])
      .execute();
  }
}
