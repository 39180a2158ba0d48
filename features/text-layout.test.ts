import { describe, expect, it, vi } from 'vitest';
import { cssOf } from '@/tests/support/feature-css';
import { textLayout } from '@/features/text-layout';
import { DEFAULT_SETTINGS } from '@/settings/defaults';

describe('text layout', () => {
  const css = cssOf(textLayout, { ...DEFAULT_SETTINGS, enabled: true });

  it('ends the first-paint hold by moving its animation into the past', () => {
    expect(css).toContain(':root { animation-delay: -1000s !important; }');
  });

  it('undoes justified text and lets long words wrap', () => {
    expect(css).toMatch(/:where\(\*\) \{\s+overflow-wrap: break-word !important;/);
    expect(css).toContain('text-justify: none !important;');
    // Where the browser lacks text-justify, the engine marks justified text.
    expect(css).toContain('[data-legible-justified] { text-align: start !important; }');
  });

  it('needs justified text measured only where CSS cannot turn justification off', () => {
    const settings = { ...DEFAULT_SETTINGS, enabled: true };
    vi.stubGlobal('CSS', { supports: () => true });
    expect(textLayout.measures?.(settings)).toEqual([]);
    vi.stubGlobal('CSS', { supports: () => false });
    expect(textLayout.measures?.(settings)).toEqual(['justified']);
    vi.unstubAllGlobals();
  });

  it('relaxes the boxes the engine marked, and wraps the rows it marked', () => {
    expect(css).toMatch(/\[data-legible-relax\] \{[^}]*height: auto !important;/);
    expect(css).toContain('[data-legible-relax~="width"] { width: auto !important;');
    expect(css).toContain('[data-legible-wrap] { flex-wrap: wrap !important;');
  });

  it('has what widens the page scroll in its own box or fit its container (WCAG 1.4.10)', () => {
    expect(css).toContain('[data-legible-fit] { max-width: 100% !important; }');
    expect(css).toContain('[data-legible-fit="scroll"] { overflow-x: auto !important; }');
    expect(css).toContain('table[data-legible-fit="scroll"] { display: block !important;');
    expect(css).toMatch(/\[data-legible-fit="width"\] \{[^}]*min-width: 0 !important;/);
  });
});
