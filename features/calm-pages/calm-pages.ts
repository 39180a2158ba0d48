/**
 * Calm pages (WCAG 2.2.2 pause, stop, hide): CSS animations are paused where they are
 * and transitions happen at once; with `hideEmbeds`, embedded media frames (video and
 * audio players, other sites' widgets) are hidden, with a note in their place
 * (embed-notes.ts). Autoplaying video (media.ts) and animated GIFs (stills.ts, whose
 * stills stand in for the GIFs hidden here) need script: calm pages' own
 * (entrypoints/calm-pages.content/), which frames get only while calm pages is on, so
 * the every-frame content script carries only the part that asks for it. The
 * document's root is left alone: its animation is the first-paint hold's.
 */
import { browser } from 'wxt/browser';
import { embedNotes } from '@/features/calm-pages/embed-notes';
import type { Feature, PagePart } from '@/features/feature';
import { DOCUMENT_SCOPE } from '@/features/selectors';
import type { Settings } from '@/settings/schema';
import { isRunning } from '@/utils/content-script-context';
import { EMBED_NOTE_TAG, STILL_ATTRIBUTE } from '@/utils/page-marks';
import { CALM_PAGES_WANTED_MESSAGE, type CalmPagesWantedMessage } from '@/utils/protocol';

/** The frames "hide embedded media" hides: every embedded frame, plugin and player. */
const EMBEDS = ':where(iframe, embed, object)';

/** Calm pages' script, by its entrypoint's name (its copies run under it). */
export const CALM_PAGES_SCRIPT = 'calm-pages';

/**
 * The every-frame part: the first time calm pages is on, asks for calm pages' script
 * in this frame, unless the registered copy already runs here. The script then follows
 * the settings itself, and stops when readable mode goes off, as this part does.
 */
export class CalmPagesRequest implements PagePart {
  private asked = false;

  apply({ calmPages: calm }: Settings): void {
    if (!calm || this.asked) return;
    this.asked = true;
    if (isRunning(CALM_PAGES_SCRIPT)) return;
    const wanted: CalmPagesWantedMessage = { type: CALM_PAGES_WANTED_MESSAGE };
    // The extension is being reloaded: its new content script asks again.
    browser.runtime.sendMessage(wanted).catch(() => undefined);
  }

  stop(): void {
    // Nothing of it is in the page: calm pages' script takes its own away.
  }
}

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
  entrypoint: 'calm-pages.content',
  page: (context) => [embedNotes(context), new CalmPagesRequest()],
};
