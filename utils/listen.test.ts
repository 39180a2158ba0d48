import { describe, expect, it, vi } from 'vitest';
import { listen } from '@/utils/listen';

function fakeEvent() {
  const listeners = new Set<() => void>();
  return {
    listeners,
    addListener: (listener: () => void) => listeners.add(listener),
    removeListener: (listener: () => void) => listeners.delete(listener),
  };
}

describe('listen', () => {
  it('keeps the listener until the signal aborts', () => {
    const event = fakeEvent();
    const controller = new AbortController();
    const listener = vi.fn();
    listen(event, listener, controller.signal);
    expect([...event.listeners]).toEqual([listener]);
    controller.abort();
    expect(event.listeners.size).toBe(0);
  });

  it('adds nothing for a signal already aborted', () => {
    const event = fakeEvent();
    listen(event, vi.fn(), AbortSignal.abort());
    expect(event.listeners.size).toBe(0);
  });
});
