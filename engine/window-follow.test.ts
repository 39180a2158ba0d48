// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SETTLE_MS, followWindow } from '@/engine/window-follow';

/** A stand-in ResizeObserver: the test reports sizes of the root as the browser would. */
class FakeResizeObserver {
  static last: FakeResizeObserver | null = null;
  disconnected = false;
  constructor(private readonly callback: ResizeObserverCallback) {
    FakeResizeObserver.last = this;
  }
  observe(): void {}
  disconnect(): void {
    this.disconnected = true;
  }
  /** The root laid out `width` wide, with `padding` px above and below its content. */
  report(width: number, height: number, padding = 0): void {
    const entry = {
      borderBoxSize: [{ inlineSize: width, blockSize: height + padding }],
      contentBoxSize: [{ inlineSize: width, blockSize: height }],
    } as unknown as ResizeObserverEntry;
    this.callback([entry], this as unknown as ResizeObserver);
  }
}

function observer(): FakeResizeObserver {
  if (!FakeResizeObserver.last) throw new Error('followWindow made no ResizeObserver');
  return FakeResizeObserver.last;
}

describe('followWindow', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('reports a new width of the root once, when it has settled', () => {
    const changed = vi.fn();
    followWindow(window, new AbortController().signal, changed);
    observer().report(1280, 3000);
    vi.advanceTimersByTime(SETTLE_MS * 2);
    expect(changed).not.toHaveBeenCalled();
    for (const width of [1000, 800, 600, 360]) observer().report(width, 3000);
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(changed).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(changed).toHaveBeenCalledTimes(1);
    expect(changed).toHaveBeenCalledWith('width');
  });

  it('ignores the root growing with the content, but not the panel pushing it down', () => {
    const changed = vi.fn();
    followWindow(window, new AbortController().signal, changed);
    observer().report(360, 3000, 0);
    observer().report(360, 9000, 0);
    vi.advanceTimersByTime(SETTLE_MS);
    expect(changed).not.toHaveBeenCalled();
    observer().report(360, 9000, 48);
    vi.advanceTimersByTime(SETTLE_MS);
    expect(changed).toHaveBeenCalledTimes(1);
    expect(changed).toHaveBeenCalledWith('push');
    observer().report(360, 9000, 0);
    observer().report(1280, 9000, 0);
    vi.advanceTimersByTime(SETTLE_MS);
    expect(changed).toHaveBeenLastCalledWith('width');
  });

  it('hears window resizes that change the width, and nothing once aborted', () => {
    const changed = vi.fn();
    const follow = new AbortController();
    followWindow(window, follow.signal, changed);
    window.dispatchEvent(new Event('resize'));
    vi.advanceTimersByTime(SETTLE_MS);
    expect(changed).not.toHaveBeenCalled();
    Object.defineProperty(window, 'innerWidth', { value: 360, configurable: true });
    window.dispatchEvent(new Event('resize'));
    vi.advanceTimersByTime(SETTLE_MS);
    expect(changed).toHaveBeenCalledTimes(1);
    Object.defineProperty(window, 'innerWidth', { value: 1280, configurable: true });
    window.dispatchEvent(new Event('resize'));
    follow.abort();
    vi.advanceTimersByTime(SETTLE_MS);
    expect(changed).toHaveBeenCalledTimes(1);
    expect(observer().disconnected).toBe(true);
  });
});
