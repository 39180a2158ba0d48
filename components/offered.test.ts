import { describe, expect, it } from 'vitest';
import {
  FONT_CHOICES,
  IMAGE_CHOICES,
  LETTER_SPACING_CHOICES,
  LINE_SPACING_CHOICES,
  RESET_PATCH,
  SCHEME_CHOICES,
} from '@/components/controls/choices';
import { isOffered } from '@/components/offered';
import {
  CALM_CHOICES,
  calmPatch,
  GUIDE_CHOICES,
  guidePatch,
  LINE_LENGTH_CHOICES,
} from '@/components/reading-aids/aid-choices';
import { DEFAULT_SETTINGS } from '@/settings/defaults';
import * as v from 'valibot';
import { FIELD_SCHEMAS, type KnownSettings, type SettingsField } from '@/settings/schema';
import type { SpeechState } from '@/utils/protocol';

const CURRENT = { ...DEFAULT_SETTINGS, enabled: true, speechVoices: { ru: 'voice:ru-1' } };
const SPEECH: SpeechState = {
  status: 'idle',
  index: 0,
  count: 0,
  lang: 'en',
  voices: [
    { uri: 'voice:en-1', name: 'English 1', online: false },
    { uri: 'voice:en-2', name: 'English 2', online: true },
  ],
  voice: 'voice:en-1',
};

/** A patch as a page might slip it in: any field, any value. */
const offered = (patch: Record<string, unknown>, speech?: SpeechState | null) =>
  isOffered(patch as Partial<KnownSettings>, CURRENT, { speech });

describe('what the controls offer', () => {
  it('takes every choice of every list, and what Reset writes', () => {
    const lists = [
      ['fontFamily', FONT_CHOICES],
      ['letterSpacing', LETTER_SPACING_CHOICES],
      ['lineHeight', LINE_SPACING_CHOICES],
      ['colorScheme', SCHEME_CHOICES],
      ['images', IMAGE_CHOICES],
      ['lineLength', LINE_LENGTH_CHOICES],
    ] as const;
    for (const [field, choices] of lists) {
      for (const { value } of choices) expect(offered({ [field]: value }), field).toBe(true);
    }
    for (const { value } of GUIDE_CHOICES) expect(offered(guidePatch(value))).toBe(true);
    for (const { value } of CALM_CHOICES) expect(offered(calmPatch(value))).toBe(true);
    expect(offered(RESET_PATCH)).toBe(true);
  });

  it('takes the font size steps, switches, colours as #rrggbb and a speed in range', () => {
    for (let scale = 1; scale <= 3; scale += 0.25) expect(offered({ fontScale: scale })).toBe(true);
    for (const field of ['enabled', 'panel', 'panelCollapsed', 'panelAids', 'customColors']) {
      expect(offered({ [field]: true })).toBe(true);
      expect(offered({ [field]: false })).toBe(true);
    }
    expect(offered({ customText: '#777777', customColors: true })).toBe(true);
    expect(offered({ customBackground: '#0a0b0c', customLink: '#ffffff' })).toBe(true);
    expect(offered({ speechRate: 0.5 })).toBe(true);
    expect(offered({ speechRate: 1.35 })).toBe(true); // a step from an imported 1.1
  });

  it('takes a voice listed for the language being read, keeping the others', () => {
    const chosen = { speechVoices: { ru: 'voice:ru-1', en: 'voice:en-2' } };
    expect(offered(chosen, SPEECH)).toBe(true);
  });

  it.each([
    ['a font not in the list', { fontFamily: 'comic-sans' }],
    ['a scheme not in the list', { colorScheme: 'hot-pink' }],
    ['a letter spacing between the choices', { letterSpacing: 0.3 }],
    ['a line spacing as text', { lineHeight: '2' }],
    ['an image mode not in the list', { images: 'invert' }],
    ['a line length not in the list', { lineLength: 45 }],
    ['a guide height not in the list', { readingGuide: true, readingGuideHeight: 10 }],
    ['no guide height', { readingGuideHeight: null }],
    ['a font size between the steps', { fontScale: 1.1 }],
    ['a font size past the largest', { fontScale: 3.25 }],
    ['a font size that is no number', { fontScale: Number.NaN }],
    ['a switch as text', { enabled: 'true' }],
    ['a colour in upper case', { customText: '#FFFFFF' }],
    ['a short colour', { customText: '#fff' }],
    ['a colour by name', { customBackground: 'red' }],
    ['a colour with more after it', { customLink: '#000000; background: url(x)' }],
    ['a speed past the fastest', { speechRate: 4 }],
    ['a field no control offers, off its default', { wordSpacing: 0.5 }],
    ['the format version', { version: 2 }],
    ['a field Legible does not know', { tracking: true }],
    ['a prototype key', JSON.parse('{"__proto__": {"enabled": true}}') as Record<string, unknown>],
    ['one bad value among good ones', { colorScheme: 'blue', fontFamily: 'wingdings' }],
  ])('refuses %s', (_what, patch) => {
    expect(offered(patch, SPEECH)).toBe(false);
  });

  it.each([
    ['without what read aloud listed', { ru: 'voice:ru-1', en: 'voice:en-2' }, null],
    ['not listed for the language', { ru: 'voice:ru-1', en: 'voice:evil' }, SPEECH],
    ['for another language', { ru: 'voice:en-2' }, SPEECH],
    ['changing another language too', { ru: 'voice:other', en: 'voice:en-1' }, SPEECH],
    ['dropping another language', { en: 'voice:en-1' }, SPEECH],
    ['adding a language not being read', { ru: 'voice:ru-1', en: 'voice:en-1', fr: 'x' }, SPEECH],
    ['not a voice at all', { ru: 'voice:ru-1', en: 42 }, SPEECH],
  ])('refuses a voice %s', (_what, speechVoices, speech) => {
    expect(offered({ speechVoices }, speech)).toBe(false);
  });
});

describe("the format's own checks, without its schema code", () => {
  const SAMPLES: readonly unknown[] = [
    true,
    false,
    0,
    0.5,
    1,
    1.75,
    2,
    2.25,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    '#00458a',
    '#00458A',
    '#fff',
    'true',
    null,
    {},
  ];
  const FORMAT_CHECKED: readonly SettingsField[] = [
    'enabled',
    'panel',
    'panelCollapsed',
    'panelAids',
    'readingGuide',
    'calmPages',
    'hideEmbeds',
    'customColors',
    'customText',
    'customBackground',
    'customLink',
    'speechRate',
  ];

  it.each(FORMAT_CHECKED)('take for %s exactly what the schema takes', (field) => {
    for (const value of SAMPLES) {
      expect(offered({ [field]: value }), String(value)).toBe(v.is(FIELD_SCHEMAS[field], value));
    }
  });
});
