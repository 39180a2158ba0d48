/**
 * The context every Legible content script runs in (content, panel, speech), built in
 * place of WXT's own: wxt.config.ts resolves `wxt/utils/content-script-context`, which
 * WXT's content-script entry imports and constructs, to this module. Same lifetime
 * rules, but the page hears nothing of it. Its API is WXT's but for the timers and
 * listeners WXT's context wraps (`setTimeout`, `addEventListener` and the like): the
 * scripts use `onInvalidated` and `signal` only, and this class is in every frame's
 * script, so it carries nothing else (eslint.config.js refuses those calls on `ctx`). WXT's context announces each start
 * with a CustomEvent on the document named after the extension's id
 * (`<id>:<script>:wxt:content-script-started`), which any page can listen for, and stops
 * when it hears one, which any page can dispatch.
 *
 * What it keeps from WXT's: a copy of a script stops when a newer copy of the same script
 * starts in its frame (the background injects the scripts into open tabs when readable
 * mode goes on, and again after an update), and a context is invalid once
 * `browser.runtime.id` is gone (the extension was updated, reloaded or removed). How a
 * copy learns of the newer one, without the page:
 * - Within one extension instance, all its scripts in a frame share one global object
 *   (Chrome's isolated world, Firefox's sandbox) that the page cannot see: each copy
 *   records itself there, and a new copy stops the one it finds under its name.
 * - After an update or reload, Chrome runs the new version's scripts in a new isolated
 *   world (extensions/renderer/dispatcher.cc drops the old one's worlds on unload), out
 *   of reach of the old copies, whose extension APIs are gone. So each copy also watches
 *   the document's own children, and on any change there checks that its
 *   `browser.runtime.id` is still there; each new copy adds and removes an empty comment
 *   there as it starts. An orphaned copy so stops before the new one has done anything,
 *   as it did on WXT's event. (The page can see that comment come and go, as it sees any
 *   script touch the DOM; it names nothing.)
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext as WxtContentScriptContext } from 'wxt/utils/content-script-context';

/** What Legible's scripts use of WXT's public API. */
type WxtContextApi = Pick<
  WxtContentScriptContext,
  | 'options'
  | 'signal'
  | 'abort'
  | 'isInvalid'
  | 'isValid'
  | 'onInvalidated'
  | 'notifyInvalidated'
  | 'stopOldScripts'
  | 'listenForNewerScripts'
>;

/**
 * The key of the running copies on the content scripts' global object. Every version of
 * Legible must use the same key and shape (`notifyInvalidated`): a new version finds the
 * copies of the one before by it wherever both share a global.
 */
const RUNNING = Symbol.for('legible:running-content-scripts');

interface Running {
  notifyInvalidated(): void;
}

function runningCopies(): Map<string, Running> {
  const scope = globalThis as typeof globalThis & { [RUNNING]?: Map<string, Running> };
  return (scope[RUNNING] ??= new Map());
}

/** Whether a copy of the content script `name` (its entrypoint's name) runs in this frame. */
export function isRunning(name: string): boolean {
  return runningCopies().has(name);
}

export class ContentScriptContext implements WxtContextApi {
  private readonly controller = new AbortController();

  constructor(
    private readonly contentScriptName: string,
    readonly options?: WxtContextApi['options'],
  ) {
    this.stopOldScripts();
    this.listenForNewerScripts();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }

  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }

  /** Stops the older copy of this script that shares this global, and tells any other. */
  stopOldScripts(): void {
    const running = runningCopies();
    running.get(this.contentScriptName)?.notifyInvalidated();
    running.set(this.contentScriptName, this);
    this.onInvalidated(() => {
      if (running.get(this.contentScriptName) === this) running.delete(this.contentScriptName);
    });
    // For copies in another world (an older version's): see the header.
    const knock = document.createComment('');
    document.append(knock);
    knock.remove();
  }

  /** Stops this copy once a change of the document's children finds the extension gone. */
  listenForNewerScripts(): void {
    const observer = new MutationObserver(() => {
      if (browser.runtime?.id == null) this.notifyInvalidated();
    });
    observer.observe(document, { childList: true });
    this.onInvalidated(() => observer.disconnect());
  }
}
