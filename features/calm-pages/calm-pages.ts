/**
 * Calm pages (WCAG 2.2.2 pause, stop, hide): CSS animations are paused where they are
 * and transitions happen at once; with `hideEmbeds`, embedded media frames (video and
 * audio players, other sites' widgets) are hidden, with a note in their place
 * (embed-notes.ts). Autoplaying video (media.ts) and animated GIFs (stills.ts, whose
 * stills stand in for the GIFs hidden here) need script. The document's root is left
 * alone: its animation is the first-paint hold's.
 */
import { embedNotes } from '@/features/calm-pages/embed-notes';
import { CalmMedia } from '@/features/calm-pages/media';
import { StillImages } from '@/features/calm-pages/stills';
import type { Feature } from '@/features/feature';
import { DOCUMENT_SCOPE } from '@/features/selectors';
import { EMBED_NOTE_TAG, STILL_ATTRIBUTE } from '@/utils/page-marks';

/** The frames "hide embedded media" hides: every embedded frame, plugin and player. */
const EMBEDS = ':where(iframe, embed, object)';

export const calmPages: Feature = {
  id: 'calm-pages',
  fields: ['calmPages', 'hideEmbeds'],
  labels: ['calmPages', 'embedHidden'],
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
  page(context) {
    const media = new CalmMedia(context.doc);
    const stills = new StillImages(context.doc);
    return [
      embedNotes(context),
      { apply: ({ calmPages: calm }) => media.apply(calm), stop: () => media.stop() },
      { apply: ({ calmPages: calm }) => stills.apply(calm), stop: () => stills.stop() },
    ];
  },
};
