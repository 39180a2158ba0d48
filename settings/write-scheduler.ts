/**
 * Coalesces settings writes so that dragging a control never exceeds `storage.sync`'s
 * write quotas (Chrome: 120 writes a minute, 1,800 an hour; Firefox is looser). The
 * first write goes out at once; later ones within the interval are merged into one
 * trailing write carrying the newest value. Pure timing logic: the clock and the timer
 * are injected so the unit tests can drive them.
 */

export interface WriteSchedulerOptions<T> {
  write(value: T): Promise<void>;
  /** At least this long between two writes: 600 ms keeps a minute under 100 writes. */
  minIntervalMs?: number;
  /** Writes allowed in any hour, below the 1,800 quota with room for other writers. */
  maxPerHour?: number;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
}

const HOUR_MS = 60 * 60 * 1000;

export class WriteScheduler<T> {
  private pending: { value: T } | null = null;
  private timerSet = false;
  private inFlight: Promise<void> | null = null;
  private readonly recent: number[] = [];
  private readonly idleWaiters: Array<() => void> = [];

  constructor(private readonly options: WriteSchedulerOptions<T>) {}

  private get now(): number {
    return (this.options.now ?? Date.now)();
  }

  /** Queues `value`, replacing any value not yet written. */
  schedule(value: T): void {
    this.pending = { value };
    this.pump();
  }

  /** Writes whatever is pending now, ignoring the interval: for a popup that is closing. */
  async flush(): Promise<void> {
    if (this.inFlight) await this.inFlight;
    if (this.pending) await this.writeNow();
  }

  /** Resolves when nothing is pending or being written. */
  idle(): Promise<void> {
    if (!this.pending && !this.inFlight) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private delayUntilAllowed(): number {
    const now = this.now;
    const recent = this.recent;
    while ((recent[0] ?? Infinity) <= now - HOUR_MS) recent.shift();
    const last = recent.at(-1);
    const gap = last === undefined ? 0 : last + (this.options.minIntervalMs ?? 600) - now;
    // The oldest write that still counts against the hour decides when the next may go.
    const blocking = recent.at(-(this.options.maxPerHour ?? 1500));
    const hourly = blocking === undefined ? 0 : blocking + HOUR_MS - now;
    return Math.max(0, gap, hourly);
  }

  private pump(): void {
    if (!this.pending || this.inFlight || this.timerSet) {
      this.settleIfIdle();
      return;
    }
    const delay = this.delayUntilAllowed();
    if (delay === 0) {
      void this.writeNow();
      return;
    }
    this.timerSet = true;
    (this.options.setTimer ?? setTimeout)(() => {
      this.timerSet = false;
      this.pump();
    }, delay);
  }

  private async writeNow(): Promise<void> {
    const entry = this.pending;
    if (!entry) return;
    this.pending = null;
    this.recent.push(this.now);
    this.inFlight = this.options.write(entry.value).catch(() => {
      // The writer reports and falls back itself; a failure must not stall the queue.
    });
    await this.inFlight;
    this.inFlight = null;
    this.pump();
  }

  private settleIfIdle(): void {
    if (this.pending || this.inFlight) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
