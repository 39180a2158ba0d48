/** The defaults of format v1 (PRODUCT.md): readable mode off, the page's own look. */
import { SETTINGS_VERSION, type KnownSettings } from '@/settings/schema';

export const DEFAULT_SETTINGS: Readonly<KnownSettings> = Object.freeze({
  version: SETTINGS_VERSION,
  enabled: false,
  fontFamily: 'original',
  fontScale: 1,
  letterSpacing: 0,
  wordSpacing: 0,
  lineHeight: null,
  paragraphSpacing: null,
  colorScheme: 'original',
  images: 'show',
  panel: true,
  panelCollapsed: false,
});
