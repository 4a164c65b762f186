import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Each worker's last sign of life, written by its heartbeat job. */
@Entity('worker_heartbeats')
export class WorkerHeartbeat {
  @PrimaryColumn({ name: 'worker_id', type: 'varchar', length: 200 })
  workerId: string;

  @Column({ name: 'beat_at', type: 'timestamptz' })
  beatAt: Date;
}
