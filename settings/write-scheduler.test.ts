import { describe, expect, it } from 'vitest';
import { WriteScheduler } from '@/settings/write-scheduler';

/** A hand-driven clock: timers fire only when the test advances time. */
function manualClock() {
  let now = 0;
  const timers: Array<{ at: number; fn: () => void }> = [];
  return {
    now: () => now,
    setTimer: (fn: () => void, ms: number) => void timers.push({ at: now + ms, fn }),
    async advance(ms: number) {
      const end = now + ms;
      for (;;) {
        timers.sort((a, b) => a.at - b.at);
        const next = timers[0];
        if (!next || next.at > end) break;
        timers.shift();
        now = next.at;
        next.fn();
        await flushPromises();
      }
      now = end;
    },
  };
}

async function flushPromises() {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

function setup(options: { maxPerHour?: number; fail?: boolean } = {}) {
  const clock = manualClock();
  const writes: Array<{ at: number; value: number }> = [];
  const scheduler = new WriteScheduler<number>({
    write: async (value) => {
      writes.push({ at: clock.now(), value });
      if (options.fail) throw new Error('quota');
    },
    now: clock.now,
    setTimer: clock.setTimer,
    ...(options.maxPerHour && { maxPerHour: options.maxPerHour }),
  });
  return { clock, writes, scheduler };
}

describe('WriteScheduler', () => {
  it('writes a single change at once', async () => {
    const { writes, scheduler } = setup();
    scheduler.schedule(1);
    await flushPromises();
    expect(writes).toEqual([{ at: 0, value: 1 }]);
  });

  it('coalesces a burst into the first value and one trailing write of the newest', async () => {
    const { clock, writes, scheduler } = setup();
    for (let value = 1; value <= 10; value++) {
      scheduler.schedule(value);
      await clock.advance(16);
    }
    await clock.advance(1000);
    expect(writes).toEqual([
      { at: 0, value: 1 },
      { at: 600, value: 10 },
    ]);
  });

  it('keeps a ten-minute drag at 60 Hz under 100 writes in any minute', async () => {
    const { clock, writes, scheduler } = setup();
    for (let frame = 0; frame < 10 * 60 * 60; frame++) {
      scheduler.schedule(frame);
      await clock.advance(1000 / 60);
    }
    await clock.advance(2000);
    for (const { at } of writes) {
      expect(writes.filter((w) => w.at >= at && w.at < at + 60_000).length).toBeLessThanOrEqual(
        100,
      );
    }
    expect(writes.at(-1)?.value).toBe(10 * 60 * 60 - 1);
  });

  it('holds writes back once the hourly allowance is spent, then sends the newest', async () => {
    const { clock, writes, scheduler } = setup({ maxPerHour: 3 });
    for (let value = 1; value <= 5; value++) {
      scheduler.schedule(value);
      await flushPromises();
      await clock.advance(1000);
    }
    expect(writes.map((w) => w.value)).toEqual([1, 2, 3]);
    await clock.advance(60 * 60 * 1000);
    expect(writes.map((w) => w.value)).toEqual([1, 2, 3, 5]);
    expect(writes[3]!.at).toBe(60 * 60 * 1000);
  });

  it('flush writes the queued value without waiting for the interval', async () => {
    const { writes, scheduler } = setup();
    scheduler.schedule(1);
    scheduler.schedule(2);
    await scheduler.flush();
    expect(writes.map((w) => w.value)).toEqual([1, 2]);
  });

  it('keeps going after a failed write', async () => {
    const { clock, writes, scheduler } = setup({ fail: true });
    scheduler.schedule(1);
    await flushPromises();
    scheduler.schedule(2);
    await clock.advance(600);
    expect(writes.map((w) => w.value)).toEqual([1, 2]);
  });

  it('idle resolves only after the trailing write', async () => {
    const { clock, writes, scheduler } = setup();
    scheduler.schedule(1);
    scheduler.schedule(2);
    let idle = false;
    void scheduler.idle().then(() => (idle = true));
    await flushPromises();
    expect(idle).toBe(false);
    await clock.advance(600);
    expect(idle).toBe(true);
    expect(writes.map((w) => w.value)).toEqual([1, 2]);
  });
});
