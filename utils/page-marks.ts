/**
 * Every name Legible writes into a page, in one place: the attributes it marks elements
 * with, the elements it adds, its CSS layer and its highlight. Off means off: when
 * readable mode goes off each of these is removed, and tests look for them here.
 */

/** An element's own font size in px, as measured (font-scale). */
export const SIZE_ATTRIBUTE = 'data-legible-size';
/** An element's own line height as a ratio of its font size (font-scale). */
export const LINE_ATTRIBUTE = 'data-legible-lh';
/** An element drawn with an icon font or symbol glyphs: never given a text font. */
export const ICON_ATTRIBUTE = 'data-legible-icon';
/** An element the page pins to the top of the window: moved below the panel. */
export const PINNED_ATTRIBUTE = 'data-legible-pinned';
/** An element the page justifies (text-layout). */
export const JUSTIFIED_ATTRIBUTE = 'data-legible-justified';
/** A box that clips text only since readable mode restyled it (text-layout). */
export const RELAX_ATTRIBUTE = 'data-legible-relax';
/** A flex row that overflows the page only since readable mode (text-layout). */
export const WRAP_ATTRIBUTE = 'data-legible-wrap';
/** A table, image or box that widens the page only since readable mode: how it fits (text-layout). */
export const FIT_ATTRIBUTE = 'data-legible-fit';
/** An animated GIF while a still of it stands in for it (calm-pages). */
export const STILL_ATTRIBUTE = 'data-legible-still';

/** The host of the on-page panel. */
export const PANEL_TAG = 'legible-panel';
/** The host of the reading guide's band. */
export const GUIDE_TAG = 'legible-guide';
/** Put in place of a hidden image, with its alt text (images). */
export const ALT_TEXT_TAG = 'legible-alt';
/** Put in place of a hidden embed, naming what was there (calm-pages). */
export const EMBED_NOTE_TAG = 'legible-embed-note';
/** Every element Legible adds is named so. */
export const TAG_PREFIX = 'legible-';

/** The cascade layer every rule of Legible's sits in. */
export const LAYER = 'legible';
/** The sentence being read aloud (CSS Custom Highlight API). */
export const HIGHLIGHT_NAME = 'legible-speech';
