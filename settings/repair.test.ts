import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/settings/defaults';
import { repairSettings, type ProblemKind } from '@/settings/repair';
import { SETTINGS_FIELDS, type SettingsField } from '@/settings/schema';

const valid = {
  version: 1,
  enabled: true,
  fontFamily: 'atkinson',
  fontScale: 1.75,
  letterSpacing: 0.12,
  wordSpacing: 0.16,
  lineHeight: 1.5,
  paragraphSpacing: 2,
  colorScheme: 'beige',
  images: 'grayscale',
  panel: false,
  panelCollapsed: true,
  panelAids: true,
  lineLength: 70,
  readingGuide: true,
  readingGuideHeight: 4,
  customColors: true,
  customText: '#ffffff',
  customBackground: '#102030',
  customLink: '#ffd966',
  calmPages: true,
  hideEmbeds: true,
  speechRate: 1.25,
  speechVoices: { ru: 'urn:voice:ru', en: 'Daniel' },
};

describe('repairSettings', () => {
  it('gives the defaults, with no problem, when nothing is stored', () => {
    expect(repairSettings(undefined)).toEqual({
      settings: DEFAULT_SETTINGS,
      problems: [],
      newerVersion: false,
    });
  });

  it('keeps a valid object exactly', () => {
    const result = repairSettings(valid);
    expect(result.settings).toEqual(valid);
    expect(result.problems).toEqual([]);
  });

  it('fills missing fields with defaults without calling it a problem', () => {
    const result = repairSettings({ enabled: true, colorScheme: 'blue' });
    expect(result.settings).toEqual({ ...DEFAULT_SETTINGS, enabled: true, colorScheme: 'blue' });
    expect(result.problems).toEqual([]);
  });

  it.each([null, 42, true, ['settings'], 'not json', '[1,2]'])(
    'replaces a non-object (%j) with the defaults and says so',
    (input) => {
      const result = repairSettings(input);
      expect(result.settings).toEqual(DEFAULT_SETTINGS);
      expect(result.problems).toEqual([
        { kind: 'not-an-object', field: null, was: input, now: DEFAULT_SETTINGS },
      ]);
    },
  );

  it('reads a settings object stored as a JSON string', () => {
    const result = repairSettings(JSON.stringify(valid));
    expect(result.settings).toEqual(valid);
    expect(result.problems).toEqual([]);
  });

  // Every field, every class of bad input: [field, stored value, repaired value, problem].
  const cases: Array<[SettingsField, unknown, unknown, ProblemKind | null]> = [
    ['enabled', 'yes', false, 'wrong-type'],
    ['enabled', 1, false, 'wrong-type'],
    ['enabled', null, false, 'wrong-type'],
    ['enabled', 'TRUE', true, null],
    ['fontFamily', 'comic-sans', 'original', 'unknown-id'],
    ['fontFamily', 3, 'original', 'wrong-type'],
    ['fontFamily', ' Arial ', 'arial', null],
    ['fontScale', 9, 3, 'out-of-range'],
    ['fontScale', 0.5, 1, 'out-of-range'],
    ['fontScale', -Infinity, 1, 'out-of-range'],
    ['fontScale', '2', 2, null],
    ['fontScale', '250%', 1, 'wrong-type'],
    ['fontScale', Number.NaN, 1, 'wrong-type'],
    ['fontScale', { value: 2 }, 1, 'wrong-type'],
    ['letterSpacing', -1, 0, 'out-of-range'],
    ['letterSpacing', 2, 0.5, 'out-of-range'],
    ['letterSpacing', false, 0, 'wrong-type'],
    ['wordSpacing', 5, 1, 'out-of-range'],
    ['wordSpacing', '0.16', 0.16, null],
    ['wordSpacing', [0.16], 0, 'wrong-type'],
    ['lineHeight', null, null, null],
    ['lineHeight', 0.5, 1, 'out-of-range'],
    ['lineHeight', 10, 3, 'out-of-range'],
    ['lineHeight', 'double', null, 'wrong-type'],
    ['paragraphSpacing', null, null, null],
    ['paragraphSpacing', 9, 4, 'out-of-range'],
    ['paragraphSpacing', 'wide', null, 'wrong-type'],
    ['colorScheme', 'purple', 'original', 'unknown-id'],
    ['colorScheme', 'Blue', 'blue', null],
    ['colorScheme', {}, 'original', 'wrong-type'],
    ['images', 'blur', 'show', 'unknown-id'],
    ['images', 0, 'show', 'wrong-type'],
    ['panel', 'no', true, 'wrong-type'],
    ['panel', 'false', false, null],
    ['panelCollapsed', 'yes', false, 'wrong-type'],
    ['panelAids', 'True', true, null],
    ['lineLength', null, null, null],
    ['lineLength', 20, 40, 'out-of-range'],
    ['lineLength', '65', 65, null],
    ['readingGuide', 'TRUE', true, null],
    ['readingGuide', 1, false, 'wrong-type'],
    ['readingGuideHeight', 40, 10, 'out-of-range'],
    ['customColors', 'on', false, 'wrong-type'],
    ['customText', '#FFF', '#ffffff', null],
    ['customText', 'red', '#1a1a1a', 'wrong-type'],
    ['customBackground', ' #0A0B0C ', '#0a0b0c', null],
    ['customBackground', 0x102030, '#fdf6e3', 'wrong-type'],
    ['customLink', '#12345', '#00458a', 'wrong-type'],
    ['calmPages', 'false', false, null],
    ['hideEmbeds', null, false, 'wrong-type'],
    ['speechRate', 0.1, 0.5, 'out-of-range'],
    ['speechRate', '1.5', 1.5, null],
    ['speechVoices', { be: 'espeak be' }, { be: 'espeak be' }, null],
    ['speechVoices', { ru: 7 }, {}, 'wrong-type'],
    ['speechVoices', 'Milena', {}, 'wrong-type'],
  ];

  it.each(cases)('%s: %j becomes %j', (field, stored, repaired, kind) => {
    const result = repairSettings({ ...valid, [field]: stored });
    expect(result.settings).toEqual({ ...valid, [field]: repaired });
    expect(result.problems).toEqual(kind ? [{ kind, field, was: stored, now: repaired }] : []);
  });

  it('covers every field of the format in the table above', () => {
    const covered = new Set(cases.map(([field]) => field));
    expect(SETTINGS_FIELDS.filter((f) => f !== 'version' && !covered.has(f))).toEqual([]);
  });

  it('keeps unknown fields, nested ones included, and reports each bad known field', () => {
    const extra = { paragraphSpacing: 2, sites: { 'example.org': { enabled: false } } };
    const result = repairSettings({ ...valid, ...extra, fontScale: 7, images: 'blur' });
    expect(result.settings).toEqual({ ...valid, ...extra, fontScale: 3, images: 'show' });
    expect(result.problems.map((p) => p.field)).toEqual(['fontScale', 'images']);
  });

  it('reads a missing version as the current one', () => {
    const { version: _, ...unversioned } = valid;
    const result = repairSettings(unversioned);
    expect(result.settings).toEqual(valid);
    expect(result.problems).toEqual([]);
  });

  it.each([0, -3, 1.5, 'one', null])('reports a bad version (%j) and reads it as 1', (version) => {
    const result = repairSettings({ ...valid, version });
    expect(result.settings).toEqual(valid);
    expect(result.problems).toEqual([
      { kind: 'bad-version', field: 'version', was: version, now: 1 },
    ]);
  });

  it('reads what it understands of a newer version and keeps the rest as it was', () => {
    const future = {
      ...valid,
      version: 2,
      fontScale: 5,
      colorScheme: 'sepia',
      ruler: { height: 3 },
    };
    const result = repairSettings(future);
    expect(result.newerVersion).toBe(true);
    expect(result.settings).toEqual({ ...future, fontScale: 3, colorScheme: 'original' });
    expect(result.problems.map((p) => p.kind)).toEqual([
      'newer-version',
      'out-of-range',
      'unknown-id',
    ]);
  });

  it('is idempotent: a repaired object needs no further repair', () => {
    const once = repairSettings({ ...valid, fontScale: '9', colorScheme: 7, junk: 1 });
    const twice = repairSettings(once.settings);
    expect(twice.problems).toEqual([]);
    expect(twice.settings).toEqual(once.settings);
  });

  it('never changes its input', () => {
    const input = { ...valid, fontScale: 9 };
    const copy = structuredClone(input);
    repairSettings(input);
    expect(input).toEqual(copy);
  });
});
