import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/settings/defaults';
import { exportJson, IMPORT_MAX_BYTES, jsonDepth, parseImport } from '@/settings/import-export';
import { SITE_OFF, type SiteEntry, type SiteTable } from '@/settings/site-choices';

const settings = {
  ...DEFAULT_SETTINGS,
  enabled: true,
  colorScheme: 'beige' as const,
  fontScale: 2,
};
const sites: SiteTable = { 'news.example': SITE_OFF, 'portal.example': { colorScheme: 'blue' } };

describe('export and import', () => {
  it('round-trips settings and per-site choices', () => {
    const result = parseImport(exportJson(settings, sites));
    expect(result).toEqual({ ok: true, settings, sites, problems: [], skippedSites: [] });
  });

  it('the file is the v1 settings object, with sites alongside', () => {
    const file = JSON.parse(exportJson(settings, sites)) as Record<string, unknown>;
    expect(file).toMatchObject({ version: 1, enabled: true, colorScheme: 'beige', sites });
  });

  it('refuses a file that is not JSON, and says so', () => {
    expect(parseImport('{ "version": 1, ')).toEqual({ ok: false, reason: 'not-json' });
    expect(parseImport('')).toEqual({ ok: false, reason: 'not-json' });
  });

  it.each([
    ['[]'],
    ['42'],
    ['"settings"'],
    ['{"name":"my-app","dependencies":{}}'],
    ['{"version":1}'],
  ])('refuses a foreign file: %s', (text) =>
    expect(parseImport(text)).toEqual({ ok: false, reason: 'not-legible' }),
  );

  it('refuses a file from a newer Legible rather than half-reading it', () => {
    expect(parseImport('{"version":2,"enabled":true}')).toEqual({
      ok: false,
      reason: 'newer-version',
    });
  });

  it('repairs bad values and reports each, keeping unknown fields', () => {
    const result = parseImport('{"version":1,"fontScale":7,"colorScheme":"pink","myNote":"hi"}');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings).toMatchObject({ fontScale: 3, colorScheme: 'original', myNote: 'hi' });
    expect(result.problems.map((p) => p.field)).toEqual(['fontScale', 'colorScheme']);
  });

  it('leaves out site entries it cannot read, and names them', () => {
    const result = parseImport(
      '{"enabled":true,"sites":{"A.example":0,"b.example":"off","c.example":{"images":"hide"}}}',
    );
    expect(result.ok && result.sites).toEqual({ 'a.example': 0, 'c.example': { images: 'hide' } });
    expect(result.ok && result.skippedSites).toEqual(['b.example']);
  });

  it('leaves out site keys that name no single site: a wildcard, an empty key, a path', () => {
    const result = parseImport(
      '{"enabled":true,"sites":{"*.example.org":0,"":0,"a.example/x":0,"WWW.Good.example":0}}',
    );
    expect(result.ok && result.sites).toEqual({ 'good.example': 0 });
    expect(result.ok && result.skippedSites).toEqual(['*.example.org', '', 'a.example/x']);
  });

  it('refuses a file over the size limit, and one nested deeper than settings are', () => {
    const huge = `{"enabled":true,"note":"${'x'.repeat(IMPORT_MAX_BYTES)}"}`;
    expect(parseImport(huge)).toEqual({ ok: false, reason: 'too-large' });
    const deep = `{"enabled":true,"a":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    expect(deep.length).toBeLessThan(IMPORT_MAX_BYTES);
    expect(parseImport(deep)).toEqual({ ok: false, reason: 'too-deep' });
    // Brackets inside strings do not count.
    expect(parseImport(`{"enabled":true,"note":"${'['.repeat(100)}"}`).ok).toBe(true);
    expect(jsonDepth('{"a":{"b":[1,{"c":"\\"[["}]}}')).toBe(4);
  });

  it('reads a real export of a thousand sites with their own settings', () => {
    const many: Record<string, SiteEntry> = {};
    for (let i = 0; i < 1000; i++) {
      many[`site-${i}.example`] = { ...settings, speechVoices: { ru: 'voice-ru', be: 'voice-be' } };
    }
    const result = parseImport(exportJson(settings, many));
    expect(result.ok && Object.keys(result.sites)).toHaveLength(1000);
  });
});
