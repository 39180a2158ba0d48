/**
 * The reading aids' row of the on-page panel, as a script of its own: the background
 * injects it into the tab's top frame when the panel asks for it (entrypoints/background/
 * reading-aids-loader.ts), that is when the reader opens the row or the panel starts
 * with it open, so the panel's first paint carries none of it. It only offers the panel
 * a way to draw the row, through the world the two share (components/reading-aids/
 * shared-world.ts), and draws nothing itself. It stops when the panel does.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { panelAidsRow } from '@/components/reading-aids/aids-row';
import { offerAidsRow, withdrawAidsRow } from '@/components/reading-aids/shared-world';

export default defineContentScript({
  matches: ['<all_urls>'],
  registration: 'runtime',
  // Legible's own context (utils/content-script-context.ts), as in entrypoints/content/.
  main(ctx) {
    const row = panelAidsRow(() => ctx.abort());
    offerAidsRow(row);
    ctx.onInvalidated(() => withdrawAidsRow(row));
  },
});
