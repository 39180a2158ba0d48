/**
 * How the panel and the reading aids' script meet: the aids' row is a script of its own
 * (entrypoints/reading-aids.content/), brought into the tab only when the reader opens
 * the row, and it offers the panel a way to draw the row on the global object that all
 * of Legible's content scripts in a frame share (Chrome's isolated world, Firefox's
 * sandbox), which the page cannot see. Nothing goes through the page: no event, no
 * element, no extension address. The script stops with the panel (when readable mode or
 * the panel goes off), and a later panel brings it in again. After an update or a
 * reload the new version's scripts get a new world (see utils/content-script-context.ts),
 * so a panel never finds an older version's row here.
 */
import type { Update } from '@/components/offered';
import type { Settings } from '@/settings/schema';

export interface AidsRowProps {
  readonly settings: Settings;
  /** The panel's own writer: it writes only what the panel offers (components/offered.ts). */
  readonly update: Update;
}

/** What the aids' script offers: it draws into an element of the panel's shadow root. */
export interface AidsRow {
  /** Draws the row into `into`, or brings it up to date with `props`. */
  draw(into: Element, props: AidsRowProps): void;
  /** Takes the row out of `into`, with its listeners and read aloud's watch. */
  clear(into: Element): void;
  /** Stops the script, offer and all: the panel it served has gone. */
  stop(): void;
}

const AIDS_ROW = Symbol.for('legible:reading-aids-row');

type SharedWorld = typeof globalThis & { [AIDS_ROW]?: AidsRow };

export function offerAidsRow(row: AidsRow): void {
  (globalThis as SharedWorld)[AIDS_ROW] = row;
}

/** Takes the offer back, unless a newer copy of the script replaced it already. */
export function withdrawAidsRow(row: AidsRow): void {
  const world = globalThis as SharedWorld;
  if (world[AIDS_ROW] === row) world[AIDS_ROW] = undefined;
}

/** The row the aids' script offers in this frame, if it runs here. */
export function offeredAidsRow(): AidsRow | undefined {
  return (globalThis as SharedWorld)[AIDS_ROW];
}
