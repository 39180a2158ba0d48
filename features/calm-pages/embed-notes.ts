/**
 * Calm pages' embed notes: while embedded media is hidden, a note in its place says
 * what was there, so that hiding never hides information.
 */
import type { PageContext, PagePart } from '@/features/feature';
import { standInPart } from '@/features/stand-ins';
import { EMBED_NOTE_TAG } from '@/utils/page-marks';
import { t } from '@/utils/i18n';

/**
 * What a hidden embed was: its title or label (as screen readers would say), else the
 * site it came from, after `hidden()`, the localized "Embedded media hidden" (asked for
 * once, and only when there is an embed).
 */
export function embedTextOf(words: () => string): (element: Element) => string | null {
  let said: string | undefined;
  return (element) => {
    if (!['iframe', 'embed', 'object'].includes(element.localName)) return null;
    const hidden = (said ??= words());
    const name =
      element.getAttribute('title')?.trim() || element.getAttribute('aria-label')?.trim();
    if (name) return `${hidden}: ${name}`;
    const source = element.getAttribute('src') ?? element.getAttribute('data') ?? '';
    try {
      return `${hidden}: ${new URL(source, element.baseURI).hostname}`;
    } catch {
      return hidden;
    }
  };
}

/** Notes beside hidden embeds while calm pages hides them. */
export function embedNotes(context: PageContext): PagePart {
  return standInPart(context, {
    tag: EMBED_NOTE_TAG,
    selector: 'iframe, embed, object',
    hides: (settings) => settings.calmPages && settings.hideEmbeds,
    // The words are looked up only when an embed is hidden: the first message lookup
    // costs a few milliseconds, which every page would otherwise pay.
    textOf: embedTextOf(() => t('embedHidden')),
  });
}
