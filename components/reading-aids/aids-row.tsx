/**
 * The panel's reading-aids row as the aids' script draws it (components/reading-aids/
 * shared-world.ts): the shared reading aids, read aloud included, in the element the
 * panel gives, with the panel's settings and writer.
 */
import { render } from 'preact';
import { ReadingAids } from '@/components/reading-aids/ReadingAids';
import type { AidsRow } from '@/components/reading-aids/shared-world';

/** The row, stopped by `stop` (the script's own end). */
export function panelAidsRow(stop: () => void): AidsRow {
  return {
    draw(into, { settings, update }) {
      render(<ReadingAids settings={settings} update={update} place="panel" />, into);
    },
    clear(into) {
      render(null, into);
    },
    stop,
  };
}
