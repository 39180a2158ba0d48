/**
 * The first-paint holds: while readable mode is on, the background registers one of these
 * style sheets at document_start in every frame (entrypoints/background/first-paint-hold.ts),
 * so that no frame of the unstyled page is painted while the settings are read. Legible's
 * own sheet ends the hold at once (features/text-layout.ts moves the root's animation into
 * the past); if that sheet never comes, the hold ends by itself after HOLD_MS. Being an
 * animation, it leaves nothing behind once it is over.
 *
 * One sheet per colour scheme, so that a dark scheme's page is not preceded by the
 * browser's white canvas:
 * - a scheme's hold paints the root in the scheme's background and skips painting
 *   everything inside it (`content-visibility: hidden`: the body, the root's
 *   pseudo-elements, fixed boxes, whatever their own styles say). A transparent root
 *   cannot do it: Chromium applies the root's opacity to the background it draws on the
 *   canvas, so it paints white.
 * - the page's own colours ("original") keep the transparent root: Legible does not know
 *   the page's background before the page draws it.
 *
 * Generated at build time (wxt.config.ts writes every sheet into the build) from the
 * scheme colours, so this module imports only by relative path: the config loads it in
 * Node, where the `@/` alias is not set up.
 */
import type { ColorSchemeId } from '@/settings/schema';
import { SCHEME_COLORS } from './scheme-colors';

/** How long a hold lasts when Legible's sheet never comes to end it. */
export const HOLD_MS = 400;

/** Every scheme with a hold of its own: all of them, the page's own colours included. */
export const HOLD_SCHEMES: readonly ColorSchemeId[] = [
  'original',
  ...(Object.keys(SCHEME_COLORS) as (keyof typeof SCHEME_COLORS)[]),
];

/** The hold's file in the build, as the registration names it. */
export function holdFile(scheme: ColorSchemeId): string {
  return scheme === 'original' ? '/first-paint-hold.css' : `/first-paint-hold-${scheme}.css`;
}

/** The hold's style sheet. */
export function holdSheet(scheme: ColorSchemeId): string {
  const name =
    scheme === 'original' ? 'legible-first-paint-hold' : `legible-first-paint-hold-${scheme}`;
  const held =
    scheme === 'original'
      ? 'opacity: 0;'
      : `content-visibility: hidden; background-color: ${SCHEME_COLORS[scheme].background};`;
  return `@keyframes ${name} { from, to { ${held} } }
:root { animation: ${name} ${HOLD_MS}ms step-end !important; }
`;
}
