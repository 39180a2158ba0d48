/** Computed styles of elements by id, read in the real page (shadow roots included). */
import type { Frame, Page } from 'puppeteer-core';

export interface ElementStyle {
  fontSize: number;
  lineHeight: number;
  letterSpacing: number;
  wordSpacing: number;
  marginBottom: number;
  fontFamily: string;
  color: string;
  backgroundColor: string;
  textAlign: string;
  /** Drawn justified: text-align justify, and justification not turned off (text-justify: none). */
  justified: boolean;
  textDecorationLine: string;
  filter: string;
  display: string;
  /** Content hidden by the box: scrollHeight - clientHeight and scrollWidth - clientWidth. */
  clippedDown: number;
  clippedAcross: number;
}

export function styleOf(target: Page | Frame, id: string): Promise<ElementStyle> {
  return target.evaluate((id) => {
    const element =
      document.getElementById(id) ??
      document.getElementById('shadow-host')?.shadowRoot?.getElementById(id) ??
      null;
    if (!element) throw new Error(`no element #${id}`);
    const s = getComputedStyle(element);
    const px = (value: string) => (value === 'normal' ? 0 : parseFloat(value));
    return {
      fontSize: px(s.fontSize),
      lineHeight: px(s.lineHeight),
      letterSpacing: px(s.letterSpacing),
      wordSpacing: px(s.wordSpacing),
      marginBottom: px(s.marginBottom),
      fontFamily: s.fontFamily,
      color: s.color,
      backgroundColor: s.backgroundColor,
      textAlign: s.textAlign,
      justified: s.textAlign.startsWith('justify') && s.getPropertyValue('text-justify') !== 'none',
      textDecorationLine: s.textDecorationLine,
      filter: s.filter,
      display: s.display,
      clippedDown: element.scrollHeight - element.clientHeight,
      clippedAcross: element.scrollWidth - element.clientWidth,
    };
  }, id);
}

export async function stylesOf(
  target: Page | Frame,
  ids: readonly string[],
): Promise<Record<string, ElementStyle>> {
  const entries = await Promise.all(
    ids.map(async (id) => [id, await styleOf(target, id)] as const),
  );
  return Object.fromEntries(entries);
}
