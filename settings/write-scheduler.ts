/**
 * Coalesces settings writes so that dragging a control never exceeds `storage.sync`'s
 * write quotas (Chrome: 120 write operations a minute, 1,800 an hour; Firefox is
 * looser). The first write goes out at once; later ones within the interval are merged
 * into one trailing write carrying the newest value. A write may report how many
 * operations it used (a `set` and a `remove` are two), and a flush skips only the
 * interval, never the minute's or the hour's allowance. The history can be handed over
 * (`remember`), so that the allowance outlives a restarted background. Pure timing
 * logic: the clock and the timer are injected so the unit tests can drive them.
 */

export interface WriteSchedulerOptions<T> {
  /** Resolves to the number of write operations used (none given: one). */
  write(value: T): Promise<unknown>;
  /** At least this long between two writes: 600 ms keeps a minute under 100 writes. */
  minIntervalMs?: number;
  /** Writes allowed in any hour, below the 1,800 quota with room for other writers. */
  maxPerHour?: number;
  /** Write operations allowed in any minute, flushes included: below the 120 quota. */
  maxPerMinute?: number;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
}

const MINUTE_MS = 60 * 1000;
const HOUR_MS = 60 * MINUTE_MS;

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

  /** Writes whatever is pending now, ignoring the interval (not the quotas): for a popup that is closing. */
  async flush(): Promise<void> {
    if (this.inFlight) await this.inFlight;
    const wait = this.delayUntilAllowed(false);
    if (wait > 0)
      await new Promise<void>((resolve) =>
        (this.options.setTimer ?? setTimeout)(() => resolve(), wait),
      );
    if (this.inFlight) await this.inFlight;
    if (this.pending) await this.writeNow();
  }

  /** Counts writes made before (a restarted background's), as times in ms. */
  remember(times: readonly number[]): void {
    const known = new Set(this.recent);
    const merged = [...this.recent, ...times.filter((time) => !known.has(time))];
    this.recent.splice(0, this.recent.length, ...merged.sort((a, b) => a - b));
  }

  /** The times of the writes that still count against the hour. */
  history(): number[] {
    this.forgetOld();
    return [...this.recent];
  }

  /** Resolves when nothing is pending or being written. */
  idle(): Promise<void> {
    if (!this.pending && !this.inFlight) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private forgetOld(): void {
    while ((this.recent[0] ?? Infinity) <= this.now - HOUR_MS) this.recent.shift();
  }

  private delayUntilAllowed(spaced = true): number {
    this.forgetOld();
    const now = this.now;
    const recent = this.recent;
    const last = recent.at(-1);
    const interval = this.options.minIntervalMs ?? 600;
    const gap = last === undefined || !spaced ? 0 : last + interval - now;
    // The oldest write that still counts against the hour (or the minute) decides when
    // the next may go.
    const blocking = recent.at(-(this.options.maxPerHour ?? 1500));
    const hourly = blocking === undefined ? 0 : blocking + HOUR_MS - now;
    const minuteBlocking = recent.at(-(this.options.maxPerMinute ?? 110));
    const minutely = minuteBlocking === undefined ? 0 : minuteBlocking + MINUTE_MS - now;
    return Math.max(0, gap, hourly, minutely);
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
    const at = this.now;
    this.inFlight = this.options.write(entry.value).then(
      (used) => {
        const count = typeof used === 'number' ? used : 1;
        for (let i = 0; i < count; i++) this.recent.push(at + i);
      },
      () => {
        // The writer reports and falls back itself; a failure must not stall the queue.
        this.recent.push(at);
      },
    );
    await this.inFlight;
    this.inFlight = null;
    this.pump();
  }

  private settleIfIdle(): void {
    if (this.pending || this.inFlight) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
