/**
 * Calm pages (WCAG 2.2.2 pause, stop, hide): CSS animations are paused where they are
 * and transitions happen at once; with `hideEmbeds`, embedded media frames (video and
 * audio players, other sites' widgets) are hidden, and the engine puts their title in
 * their place. Autoplaying video and animated GIFs need script: features/calm-pages/media.ts
 * and features/calm-pages/stills.ts (whose stills stand in for the GIFs hidden here).
 * The document's root is left alone: its animation is the first-paint hold's.
 */
import type { Feature } from '@/features/feature';
import { DOCUMENT_SCOPE } from '@/features/selectors';

/** The frames "hide embedded media" hides: every embedded frame, plugin and player. */
export const EMBEDS = ':where(iframe, embed, object)';

/** Set on an animated GIF while a still of it stands in for it (features/calm-pages/stills.ts). */
export const STILL_ATTRIBUTE = 'data-legible-still';

/** The element the engine puts in place of a hidden embed, naming what was there. */
export const EMBED_NOTE_TAG = 'legible-embed-note';

export const calmPages: Feature = {
  id: 'calmPages',
  css({ calmPages: calm, hideEmbeds }) {
    if (!calm) return '';
    const everything = `${DOCUMENT_SCOPE}, ${DOCUMENT_SCOPE}::before, ${DOCUMENT_SCOPE}::after, ${DOCUMENT_SCOPE}::marker`;
    const rules = [
      `[${STILL_ATTRIBUTE}] { display: none !important; }`,
      `${everything} {
  animation-play-state: paused !important;
  transition-duration: 0s !important;
  transition-delay: 0s !important;
  scroll-behavior: auto !important;
}`,
    ];
    if (hideEmbeds) {
      rules.push(`${DOCUMENT_SCOPE}${EMBEDS} { display: none !important; }
${EMBED_NOTE_TAG} { display: block !important; font-style: italic !important; }`);
    }
    return rules.join('\n');
  },
};
