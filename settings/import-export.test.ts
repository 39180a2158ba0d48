import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/settings/defaults';
import { exportJson, parseImport } from '@/settings/import-export';
import { SITE_OFF, type SiteTable } from '@/settings/site-choices';

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
});
