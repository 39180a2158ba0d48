/**
 * The colour schemes' colours: the portal panel's five schemes, exactly (PRODUCT.md, each
 * at least 7:1, WCAG 1.4.6). The one home of these values: the scheme feature draws pages
 * in them (color-scheme.ts), the controls show them, and the build makes each scheme's
 * first-paint hold from them (first-paint-hold.ts, through wxt.config.ts). So this module
 * imports nothing at run time: the config loads it in Node, where the `@/` alias is not
 * set up.
 */
import type { ColorSchemeId } from '@/settings/schema';

export interface SchemeColors {
  readonly text: string;
  readonly background: string;
  /** Dark background: scrollbars and native widgets should be drawn dark too. */
  readonly dark: boolean;
}

export const SCHEME_COLORS: Readonly<Record<Exclude<ColorSchemeId, 'original'>, SchemeColors>> = {
  'black-on-white': { text: '#000000', background: '#FFFFFF', dark: false },
  'white-on-black': { text: '#FFFFFF', background: '#000000', dark: true },
  blue: { text: '#063462', background: '#9DD1FF', dark: false },
  beige: { text: '#4D4B43', background: '#F7F3D6', dark: false },
  green: { text: '#A9E44D', background: '#3B2716', dark: true },
};
