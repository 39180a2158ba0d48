// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { StyleHost } from '@/engine/style-host';

const CSS = { presentation: 'p { color: red }', metrics: 'p { font-size: 20px }' };

describe('StyleHost', () => {
  it('puts its sheets back when a page script removes them', () => {
    const host = new StyleHost(document);
    host.set(CSS);
    const sheets = () => [...document.documentElement.querySelectorAll(':scope > style')];
    expect(sheets()).toHaveLength(2);
    for (const sheet of sheets()) sheet.remove();
    host.attach();
    expect(sheets().map((sheet) => sheet.textContent)).toEqual([CSS.presentation, CSS.metrics]);
    host.remove();
    expect(sheets()).toHaveLength(0);
  });

  it('leaves a removed web component alone: no mutation, so no endless re-attaching', () => {
    const element = document.createElement('div');
    document.body.append(element);
    const shadow = element.attachShadow({ mode: 'open' });
    const host = new StyleHost(shadow);
    host.set(CSS);
    element.remove();
    const watcher = new MutationObserver(() => undefined);
    watcher.observe(shadow, { childList: true, subtree: true });
    host.attach();
    expect(watcher.takeRecords()).toEqual([]);
    expect(shadow.querySelectorAll('style')).toHaveLength(2);
    watcher.disconnect();
  });
});
