/**
 * Work run again `intervalMs` after each run ends (never two at once), until `stop`, which waits
 * for a run in progress: the in-process loops of workers that must react within seconds, where
 * pg-boss's cron (a minute at best) is too slow.
 */
export class RepeatingTask {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly intervalMs: number,
    private readonly work: () => Promise<unknown>,
    private readonly onError: (error: Error) => void,
  ) {}

  start(): void {
    const tick = (): void => {
      this.running = this.work()
        .then(() => undefined)
        .catch(this.onError)
        .finally(() => {
          if (this.timer) this.timer = setTimeout(tick, this.intervalMs);
        });
    };
    this.timer = setTimeout(tick, this.intervalMs);
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
