// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdRendering } from '@/engine/render-block';

/** A document as Legible's content script finds it at document_start: <html>, no <body> yet. */
function startingDocument(): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.replaceChildren();
  Object.defineProperty(doc, 'readyState', { value: 'loading', configurable: true });
  return doc;
}

const held = (doc: Document) => doc.querySelector('link[rel="expect"][blocking="render"]');

/** happy-dom, like Firefox, has no `blocking`; Chromium has it on every <link>. */
function withBlocking(): void {
  Object.defineProperty(HTMLLinkElement.prototype, 'blocking', {
    value: 'render',
    configurable: true,
  });
}

afterEach(() => {
  delete (HTMLLinkElement.prototype as { blocking?: unknown }).blocking;
});

describe('holdRendering', () => {
  it('holds the first frame with a render-blocking link until released', () => {
    withBlocking();
    const doc = startingDocument();
    const release = holdRendering(doc);
    expect(held(doc)?.getAttribute('href')).toMatch(/^#/);
    release();
    expect(held(doc)).toBeNull();
    release(); // a second call is harmless
    expect(doc.documentElement.children).toHaveLength(0);
  });

  it('adds nothing where the browser knows no `blocking` (Firefox)', () => {
    const doc = startingDocument();
    holdRendering(doc);
    expect(held(doc)).toBeNull();
  });

  it('adds nothing once the page has a body: the browser would not hold it any more', () => {
    withBlocking();
    const doc = startingDocument();
    doc.documentElement.append(doc.createElement('body'));
    holdRendering(doc);
    expect(held(doc)).toBeNull();
  });

  it('lets go by itself if Legible never releases it', () => {
    vi.useFakeTimers();
    withBlocking();
    // The window's own document: a document made by createHTMLDocument has no window.
    const body = document.body;
    body.remove();
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    try {
      holdRendering(document);
      expect(held(document)).not.toBeNull();
      vi.advanceTimersByTime(400);
      expect(held(document)).toBeNull();
    } finally {
      delete (document as { readyState?: unknown }).readyState;
      document.documentElement.append(body);
      vi.useRealTimers();
    }
  });
});
