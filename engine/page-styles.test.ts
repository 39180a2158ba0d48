// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PageStyles, pageCss } from '@/engine/page-styles';
import { DEFAULT_SETTINGS } from '@/settings/defaults';

const on = { ...DEFAULT_SETTINGS, enabled: true, colorScheme: 'blue' as const };

describe('PageStyles', () => {
  it('adds nothing while readable mode is off, whatever else is chosen', () => {
    expect(pageCss({ ...on, enabled: false })).toBe('');
  });

  it('adds one stylesheet with the chosen scheme, and updates it in place', () => {
    document.documentElement.innerHTML = '<head></head><body><p>Text</p></body>';
    const styles = new PageStyles(document);
    styles.apply(on);
    styles.apply({ ...on, colorScheme: 'green' });
    const sheets = document.querySelectorAll('style');
    expect(sheets).toHaveLength(1);
    expect(sheets[0]?.textContent).toContain('#A9E44D');
    expect(document.documentElement.lastElementChild).toBe(sheets[0]);
  });

  it('leaves the document exactly as it was when switched off', () => {
    document.documentElement.innerHTML =
      '<head><title>x</title></head><body class="a"><p>Text</p></body>';
    const before = document.documentElement.outerHTML;
    const styles = new PageStyles(document);
    styles.apply(on);
    expect(document.documentElement.outerHTML).not.toBe(before);
    styles.apply({ ...on, enabled: false });
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
