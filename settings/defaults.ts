/** The defaults of format v1 (PRODUCT.md): readable mode off, the page's own look. */
import { SETTINGS_VERSION } from '@/settings/format-values';
import type { KnownSettings } from '@/settings/schema';

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
  panelAids: false,
  lineLength: null,
  readingGuide: false,
  readingGuideHeight: 3,
  customColors: false,
  customText: '#1a1a1a',
  customBackground: '#fdf6e3',
  customLink: '#00458a',
  calmPages: false,
  hideEmbeds: false,
  speechRate: 1,
  speechVoices: Object.freeze({}) as Record<string, string>,
});
