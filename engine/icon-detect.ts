/**
 * Tells icon glyphs from text, so that changing the font never turns an icon into a
 * box (the failure of font-changer extensions). An element is an icon when its own
 * font is an icon font or its text is only private-use code points, where icon fonts
 * put their glyphs.
 */

const ICON_FONT =
  /awesome|material (icons|symbols)|icon|glyph|symbol|fontello|icomoon|dashicons|feather|remixicon|octicons|typicons|entypo|linearicons|themify|iconfont|fontisto/i;

/** True when the first family of a computed `font-family` list is an icon font. */
export function isIconFont(fontFamily: string): boolean {
  const first =
    fontFamily
      .split(',')[0]
      ?.trim()
      .replace(/^["']|["']$/g, '') ?? '';
  return ICON_FONT.test(first);
}

// Private Use Area of the BMP and planes 15-16.
const PRIVATE_USE = /^[\s\uE000-\uF8FF\u{F0000}-\u{10FFFF}]+$/u;

/** True when `text` is only private-use glyphs (and white space). */
export function isPrivateUseText(text: string): boolean {
  return text.trim() !== '' && PRIVATE_USE.test(text);
}
