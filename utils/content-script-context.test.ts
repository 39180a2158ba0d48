// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext, isRunning } from '@/utils/content-script-context';

const RUNNING = Symbol.for('legible:running-content-scripts');
const live: ContentScriptContext[] = [];

function start(name: string): ContentScriptContext {
  const ctx = new ContentScriptContext(name, {});
  live.push(ctx);
  return ctx;
}

/** As when a new version's copy starts in another isolated world: no shared global. */
function otherWorld(): void {
  Reflect.deleteProperty(globalThis, RUNNING);
}

/** As in an orphaned copy after an update: the extension's id is gone. */
function extensionGone(): () => void {
  const id = fakeBrowser.runtime.id;
  Object.defineProperty(fakeBrowser.runtime, 'id', { value: undefined, configurable: true });
  return () => Object.defineProperty(fakeBrowser.runtime, 'id', { value: id, configurable: true });
}

/** Lets MutationObserver callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  for (const ctx of live.splice(0)) ctx.notifyInvalidated();
  otherWorld();
});

describe('ContentScriptContext', () => {
  it('stops the older copy of the same script when a newer one starts, and no other', () => {
    const content = start('content');
    const panel = start('panel');
    const stopped = vi.fn();
    content.onInvalidated(stopped);
    const newer = start('content');
    expect(stopped).toHaveBeenCalledOnce();
    expect(content.signal.aborted).toBe(true);
    expect(panel.isValid).toBe(true);
    expect(newer.isValid).toBe(true);
  });

  it('tells whether a copy of a script runs in this frame, until it stops', () => {
    expect(isRunning('calm-pages')).toBe(false);
    const calm = start('calm-pages');
    expect(isRunning('calm-pages')).toBe(true);
    expect(isRunning('content')).toBe(false);
    calm.notifyInvalidated();
    expect(isRunning('calm-pages')).toBe(false);
  });

  it('stops an older copy in another world once the extension is gone, before the new one runs', async () => {
    const old = start('content');
    otherWorld();
    const restore = extensionGone();
    try {
      start('content');
      // Before any task of the new copy: the knock's mutation record is delivered first.
      await Promise.resolve();
      expect(old.signal.aborted).toBe(true);
    } finally {
      restore();
    }
  });

  it('keeps running when the page changes the document and the extension is still there', async () => {
    const ctx = start('content');
    const comment = document.createComment('page');
    document.append(comment);
    comment.remove();
    await settle();
    expect(ctx.isValid).toBe(true);
  });

  it('dispatches no event and posts no message to the page when it starts', () => {
    const dispatched = vi.spyOn(EventTarget.prototype, 'dispatchEvent');
    const posted = vi.spyOn(window, 'postMessage');
    start('content');
    start('content');
    expect(dispatched).not.toHaveBeenCalled();
    expect(posted).not.toHaveBeenCalled();
  });

  it("cannot be stopped by a page dispatching WXT's start event", async () => {
    const ctx = start('content');
    const detail = { contentScriptName: 'content', messageId: 'forged' };
    for (const type of [
      `${fakeBrowser.runtime.id}:content:wxt:content-script-started`,
      'wxt:content-script-started',
    ]) {
      document.dispatchEvent(new CustomEvent(type, { detail }));
      window.dispatchEvent(new CustomEvent(type, { detail }));
      window.postMessage({ type, ...detail }, '*');
    }
    await settle();
    expect(ctx.isValid).toBe(true);
  });

  it('is invalid once the extension is gone, as WXT checks', () => {
    const ctx = start('content');
    const restore = extensionGone();
    try {
      expect(ctx.isInvalid).toBe(true);
      expect(ctx.signal.aborted).toBe(true);
    } finally {
      restore();
    }
  });

  it("carries none of the timers and listeners WXT's context wraps", () => {
    const ctx = start('content');
    const wrapped = ['setTimeout', 'setInterval', 'requestAnimationFrame', 'addEventListener'];
    expect(wrapped.filter((name) => name in ctx)).toEqual([]);
  });

  it("is what WXT's content-script entry constructs (wxt.config.ts resolves its import to it)", () => {
    const entry = readFileSync(
      'node_modules/wxt/dist/virtual/content-script-isolated-world-entrypoint.mjs',
      'utf8',
    );
    expect(entry).toContain(
      'import { ContentScriptContext } from "wxt/utils/content-script-context"',
    );
    expect(entry).toContain('new ContentScriptContext(import.meta.env.ENTRYPOINT, options)');
  });
});
