/**
 * Reaching into the shadow roots Legible puts in pages, closed ones included, from a
 * test, with nothing in the extension opened for it: the page's own scripts get null for
 * `host.shadowRoot`, and so must keep getting null while a test runs. Each browser's
 * automation protocol can see through a closed root, as its devtools do:
 * - Chromium (CDP): `DOM.describeNode` with `pierce` lists a host's shadow roots, closed
 *   ones too; puppeteer turns the root's backend node into a handle in the page's main
 *   world, the step its own `aria/` query takes for nodes found in the accessibility
 *   tree (`Accessibility.queryAXTree`, which reaches closed roots but not the guide,
 *   hidden from assistive technology).
 * - Firefox (WebDriver BiDi): the serialization of an element carries a reference to
 *   its shadow root whatever the root's mode (the spec's `script.NodeProperties`
 *   `shadowRoot`, "serialized irrespective of whether the shadow is open or closed"),
 *   and a reference is all a handle is.
 * The handle lives in the protocol's session, not in the page: no page script can reach it.
 */
import type { CDPSession, ElementHandle, EvaluateFuncWith, Page } from 'puppeteer-core';

/** The internal half of puppeteer's CDP frames this needs (puppeteer-core is pinned). */
interface CdpMainRealm {
  adoptBackendNode(backendNodeId: number): Promise<ElementHandle<Node>>;
}

/** The internal half of puppeteer's BiDi element handles this needs. */
interface BidiElementHandle {
  readonly realm: unknown;
  remoteValue(): { value?: { shadowRoot?: { sharedId?: string } | null } };
  constructor: {
    from(value: { type: 'node'; sharedId: string }, realm: unknown): ElementHandle<ShadowRoot>;
  };
}

interface CdpNode {
  backendNodeId: number;
  shadowRoots?: CdpNode[];
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function cdpSession(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.createCDPSession();
    sessions.set(page, session);
  }
  return session;
}

async function chromiumShadowRoot(
  page: Page,
  host: string,
): Promise<ElementHandle<ShadowRoot> | null> {
  const cdp = await cdpSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: host });
  if (!nodeId) return null;
  const { node } = (await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true })) as {
    node: CdpNode;
  };
  const shadow = node.shadowRoots?.[0];
  if (!shadow) return null;
  const realm = (page.mainFrame() as unknown as { mainRealm(): CdpMainRealm }).mainRealm();
  return (await realm.adoptBackendNode(shadow.backendNodeId)) as ElementHandle<ShadowRoot>;
}

async function firefoxShadowRoot(
  page: Page,
  host: string,
): Promise<ElementHandle<ShadowRoot> | null> {
  const element = await page.$(host);
  if (!element) return null;
  const bidi = element as unknown as BidiElementHandle;
  const sharedId = bidi.remoteValue().value?.shadowRoot?.sharedId;
  await element.dispose();
  if (!sharedId) return null;
  return bidi.constructor.from({ type: 'node', sharedId }, bidi.realm);
}

/** True when puppeteer drives `page` over CDP (Chromium), false over WebDriver BiDi (Firefox). */
export function overCdp(page: Page): boolean {
  // Puppeteer's own field, kept out of its public types.
  return (page.browser() as unknown as { protocol: string }).protocol === 'cdp';
}

/** The shadow root of the first element matching `host`, open or closed; null if none. */
export function shadowRoot(page: Page, host: string): Promise<ElementHandle<ShadowRoot> | null> {
  return overCdp(page) ? chromiumShadowRoot(page, host) : firefoxShadowRoot(page, host);
}

/** `fn` as puppeteer's evaluate wants it: its argument arrives as plain data. */
function inRoot<T, A>(fn: (root: ShadowRoot, arg: A) => T): EvaluateFuncWith<ShadowRoot, [A]> {
  return fn as unknown as EvaluateFuncWith<ShadowRoot, [A]>;
}

/** What a wait gives: a handle for a node, else the truthy value itself. */
type Truthy<T> = T extends Node ? ElementHandle<T> : Exclude<T, null | undefined | false | 0 | ''>;

/**
 * Waits until `check(root, arg)` gives something truthy inside `host`'s shadow root,
 * and gives it (a handle when it is a node). Polled from here by interval, finding the
 * root again each time: the host may come, go and come back (the panel is mounted
 * anew when readable mode comes back on), and a change inside a shadow root is neither a
 * mutation of the document nor, in a background tab, an animation frame.
 */
export async function waitInShadowRoot<T, A>(
  page: Page,
  host: string,
  check: (root: ShadowRoot, arg: A) => T,
  arg: A,
  timeoutMs = 5000,
): Promise<Truthy<T>> {
  type Found = Truthy<T>;
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const root = await shadowRoot(page, host);
      if (root) {
        const found = await root.evaluateHandle(inRoot(check), arg);
        const element = found.asElement();
        if (element) return element as Found;
        const value = (await found.jsonValue()) as T;
        await found.dispose();
        if (value) return value as Found;
      }
    } catch (error) {
      // A root or node that went while it was being read: look again.
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`nothing in ${host}'s shadow root met ${check.toString()}`, {
        cause: lastError,
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Runs `fn(root, arg)` in `host`'s shadow root, open or closed, and gives its result. */
export async function inShadowRoot<T, A>(
  page: Page,
  host: string,
  fn: (root: ShadowRoot, arg: A) => T,
  arg: A,
): Promise<Awaited<T>> {
  const root = await shadowRoot(page, host);
  if (!root) throw new Error(`no shadow root on ${host}`);
  try {
    return (await root.evaluate(inRoot(fn), arg)) as Awaited<T>;
  } finally {
    await root.dispose();
  }
}
