// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { DomWatcher } from '@/engine/dom-watcher';
import { isTextElement } from '@/engine/text-scan';

/**
 * Starts a watcher on the document and waits for its first batch. Each batch is
 * collected by tag name (and id where there is one).
 */
async function watch() {
  const batches: string[][] = [];
  let wake: () => void = () => undefined;
  // As the engine's scanner does: the elements found without text of their own.
  const withoutText = new Set<Element>();
  const watcher = new DomWatcher(window, {
    onBatch: (elements) => {
      for (const element of elements) if (!isTextElement(element)) withoutText.add(element);
      batches.push(elements.map((element) => element.id || element.localName));
      wake();
    },
    onRemoved: () => undefined,
    foundWithoutText: (element) => withoutText.has(element),
  });
  const nextBatch = () =>
    new Promise<string[]>((resolve) => {
      const count = batches.length;
      wake = () => {
        if (batches.length > count) resolve(batches[batches.length - 1]!);
      };
    });
  const first = nextBatch();
  watcher.observe(document);
  return { watcher, nextBatch, first: await first };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('DomWatcher', () => {
  it('hands over every element present when it starts, once', async () => {
    document.body.innerHTML = '<main id="main"><p id="one">One</p><p id="two">Two</p></main>';
    const { watcher, first } = await watch();
    expect(first).toEqual(expect.arrayContaining(['body', 'main', 'one', 'two']));
    watcher.disconnect();
  });

  it('hands over an added element with everything inside it', async () => {
    document.body.innerHTML = '<main id="main"></main>';
    const { watcher, nextBatch } = await watch();
    const added = nextBatch();
    const section = document.createElement('section');
    section.id = 'section';
    section.innerHTML = '<p id="three">Three <a id="link" href="#">link</a></p>';
    document.getElementById('main')!.append(section);
    expect((await added).sort()).toEqual(['link', 'section', 'three']);
    watcher.disconnect();
  });

  it('hands over only the element that gained text, not its subtree', async () => {
    document.body.innerHTML = '<main id="main"><p id="one">One</p><p id="two">Two</p></main>';
    const { watcher, nextBatch } = await watch();
    const added = nextBatch();
    document.getElementById('main')!.append(document.createTextNode('\n  more text'));
    expect(await added).toEqual(['main']);
    watcher.disconnect();
  });

  describe('while the document is being parsed', () => {
    /** Pretends the parser is still running until `parsed()` is called. */
    function parsing() {
      Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
      return {
        parsed() {
          delete (document as { readyState?: unknown }).readyState;
          document.dispatchEvent(new Event('DOMContentLoaded'));
        },
      };
    }

    it('sweeps each frame for new elements and the ones still open', async () => {
      document.body.innerHTML = '<main id="main"><p id="one">One</p></main>';
      parsing();
      const { watcher, nextBatch, first } = await watch();
      expect(first).toEqual(expect.arrayContaining(['body', 'main', 'one']));

      // The parser adds a paragraph, still empty, at the end of <main>...
      const second = nextBatch();
      const two = document.createElement('p');
      two.id = 'two';
      document.getElementById('main')!.append(two);
      const swept = await second;
      expect(swept).toContain('two');
      expect(swept).not.toContain('one');

      // ...and its text arrives a frame later: it is still the last element, so it is
      // handed over again.
      const third = nextBatch();
      two.append('Two');
      expect(await third).toEqual(expect.arrayContaining(['main', 'two']));
      watcher.disconnect();
    });

    it('hands over, when parsing ends, what changed out of its sight', async () => {
      document.body.innerHTML =
        '<main id="main"><span id="date"></span><p id="one">One</p><div id="host"></div></main>';
      const parser = parsing();
      const { watcher, nextBatch } = await watch();
      // A script fills an element the parser had finished, and a custom element gets
      // its shadow root: neither is new, and neither is the last element.
      document.getElementById('date')!.append('27 November');
      document.getElementById('host')!.attachShadow({ mode: 'open' });
      const added = document.createElement('aside');
      added.id = 'aside';
      document.body.prepend(added);
      const last = nextBatch();
      parser.parsed();
      expect((await last).sort()).toEqual(['aside', 'date', 'host']);
      watcher.disconnect();
    });

    it('still hands over what is added inside a shadow root, which the sweep does not reach', async () => {
      document.body.innerHTML = '<main id="main"><div id="host"></div></main>';
      parsing();
      const { watcher, nextBatch } = await watch();
      const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
      watcher.observeAdditions(shadow);
      const added = nextBatch();
      const inside = document.createElement('p');
      inside.id = 'inside';
      shadow.append(inside);
      let batch = await added;
      while (!batch.includes('inside')) batch = await nextBatch();
      expect(batch).toContain('inside');
      watcher.disconnect();
    });

    it('reports what is removed, and from when it reports every removal', async () => {
      document.body.innerHTML = '<main id="main"><p id="one">One</p></main>';
      const parser = parsing();
      const removed: string[] = [];
      let watching = 0;
      const watcher = new DomWatcher(window, {
        onBatch: () => undefined,
        onRemoved: (nodes) => removed.push(...nodes.map((node) => (node as Element).id)),
        watchingRemovals: () => watching++,
        foundWithoutText: () => false,
      });
      watcher.observe(document);
      expect(watching).toBe(0);
      parser.parsed();
      expect(watching).toBe(1);
      document.getElementById('one')!.remove();
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(removed).toEqual(['one']);
      watcher.disconnect();
    });

    it('watches added text with the MutationObserver once parsing is over', async () => {
      document.body.innerHTML = '<main id="main"><p id="one">One</p></main>';
      const parser = parsing();
      const { watcher, nextBatch } = await watch();
      parser.parsed();
      const added = nextBatch();
      document.getElementById('one')!.append(' more');
      expect(await added).toEqual(['one']);
      watcher.disconnect();
    });
  });
});
