// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { panelAidsRow } from '@/components/reading-aids/aids-row';
import type { AidsRow } from '@/components/reading-aids/shared-world';
import { LazyReadingAids } from '@/entrypoints/panel.content/LazyReadingAids';
import { DEFAULT_SETTINGS } from '@/settings/defaults';

const SETTINGS = { ...DEFAULT_SETTINGS, enabled: true };

/** A loader the test settles by hand, and the real row with its calls counted. */
function slowLoader() {
  let settle: { resolve(row: AidsRow): void; reject(error: Error): void } | undefined;
  const load = () => new Promise<AidsRow>((resolve, reject) => (settle = { resolve, reject }));
  const real = panelAidsRow(() => undefined);
  const row: AidsRow = { ...real, draw: vi.fn(real.draw), clear: vi.fn(real.clear) };
  return { load, row, settle: () => settle! };
}

const container = () => document.body.appendChild(document.createElement('div'));
const group = (root: Element) => root.querySelector('#reading-aids')!;

afterEach(() => {
  for (const element of document.body.children) render(null, element);
  document.body.replaceChildren();
});

describe("the panel's reading aids, loaded when shown", () => {
  it('say they are loading, then show the row in the same group', async () => {
    const { load, row, settle } = slowLoader();
    const root = container();
    render(<LazyReadingAids settings={SETTINGS} update={() => undefined} load={load} />, root);
    expect(group(root).getAttribute('role')).toBe('group');
    expect(group(root).getAttribute('aria-busy')).toBe('true');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Loading the reading aids…');
    await vi.waitFor(() => expect(settle()).toBeDefined());
    settle().resolve(row);
    await vi.waitFor(() => expect(root.querySelector('#line-length-label')).not.toBeNull());
    expect(group(root).getAttribute('aria-busy')).toBe('false');
    expect(root.querySelector('.aids-status')).toBeNull();
  });

  it('follow the settings, and take the row out with them', async () => {
    const { load, row, settle } = slowLoader();
    const root = container();
    const draw = (lineLength: number | null) =>
      render(
        <LazyReadingAids
          settings={{ ...SETTINGS, lineLength }}
          update={() => undefined}
          load={load}
        />,
        root,
      );
    draw(null);
    await vi.waitFor(() => expect(settle()).toBeDefined());
    settle().resolve(row);
    const pressed = () =>
      root.querySelector('[aria-labelledby="line-length-label"] [aria-pressed="true"]');
    await vi.waitFor(() => expect(pressed()?.getAttribute('data-value')).toBe('null'));
    draw(70);
    expect(pressed()?.getAttribute('data-value')).toBe('70');
    render(null, root);
    expect(row.clear).toHaveBeenCalledOnce();
    expect(root.childElementCount).toBe(0);
  });

  it('say so when the row could not be loaded', async () => {
    const { load, settle } = slowLoader();
    const root = container();
    render(<LazyReadingAids settings={SETTINGS} update={() => undefined} load={load} />, root);
    await vi.waitFor(() => expect(settle()).toBeDefined());
    settle().reject(new Error('refused'));
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')).not.toBeNull());
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/could not be loaded/);
    expect(group(root).getAttribute('aria-busy')).toBe('false');
  });
});
