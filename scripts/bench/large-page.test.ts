// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { LARGE_TEXT_ELEMENTS, largePageHtml } from '@/scripts/bench/large-page';

describe('largePageHtml', () => {
  it('holds LARGE_TEXT_ELEMENTS elements with text of their own in its main part', () => {
    const page = new DOMParser().parseFromString(largePageHtml(), 'text/html');
    const holdingText = [...page.querySelectorAll('main *')].filter((element) =>
      [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent?.trim()),
    );
    expect(holdingText).toHaveLength(LARGE_TEXT_ELEMENTS);
  });

  it('is the same page on every run', () => {
    expect(largePageHtml()).toBe(largePageHtml());
  });
});
