// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { PanelRoot } from '@/entrypoints/panel.content/panel-root';

afterEach(() => {
  document.documentElement.querySelector('legible-panel')?.remove();
});

describe("the panel's root in the page", () => {
  it('is closed, with the reset before the panel CSS and the container after them', () => {
    const root = new PanelRoot(document, 'legible-panel', '.panel { color: red; }');
    expect(root.host.shadowRoot).toBeNull();
    const [style, container] = [...root.shadow.children];
    expect(style?.localName).toBe('style');
    expect(style?.textContent).toMatch(/^:host \{ all: initial !important; \}\n\.panel/);
    expect(container).toBe(root.container);
  });

  it('is in the document, last in <html>, only between show() and remove()', () => {
    const root = new PanelRoot(document, 'legible-panel', '');
    expect(root.host.isConnected).toBe(false);
    root.show();
    expect(document.documentElement.lastElementChild).toBe(root.host);
    root.remove();
    expect(root.host.isConnected).toBe(false);
  });
});
