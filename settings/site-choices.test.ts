import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/settings/defaults';
import {
  settingsForSite,
  siteKey,
  siteKeyOf,
  siteMode,
  SITE_OFF,
  withSiteMode,
  withSiteSettings,
} from '@/settings/site-choices';

const mine = { ...DEFAULT_SETTINGS, enabled: true, colorScheme: 'blue' as const, fontScale: 1.5 };

describe('per-site choices', () => {
  it('files a page under its host name, without www., and only for web pages', () => {
    expect(siteKey('https://www.President.gov.by/ru/events?x=1')).toBe('president.gov.by');
    expect(siteKey('http://127.0.0.1:8080/a')).toBe('127.0.0.1');
    expect(siteKey('chrome://extensions')).toBeNull();
    expect(siteKey('about:blank')).toBeNull();
    expect(siteKey('not a url')).toBeNull();
  });

  it('uses my settings on a site with no entry', () => {
    expect(siteMode({}, 'example.org')).toBe('mine');
    expect(settingsForSite(mine, {}, 'example.org')).toEqual(mine);
  });

  it('turns readable mode off on a site turned off, and only there', () => {
    const table = withSiteMode({}, 'news.example', 'off');
    expect(table).toEqual({ 'news.example': SITE_OFF });
    expect(settingsForSite(mine, table, 'news.example').enabled).toBe(false);
    expect(settingsForSite(mine, table, 'portal.example')).toEqual(mine);
  });

  it("applies a site's own fields over mine, but never its own on/off", () => {
    let table = withSiteMode({}, 'portal.example', 'own');
    expect(siteMode(table, 'portal.example')).toBe('own');
    table = withSiteSettings(table, 'portal.example', { colorScheme: 'beige', enabled: false });
    const there = settingsForSite(mine, table, 'portal.example');
    expect(there).toMatchObject({ colorScheme: 'beige', fontScale: 1.5, enabled: true });
    expect(settingsForSite({ ...mine, enabled: false }, table, 'portal.example').enabled).toBe(
      false,
    );
  });

  it('repairs bad own fields rather than applying them', () => {
    const table = { 'portal.example': { fontScale: 9 } };
    expect(settingsForSite(mine, table, 'portal.example').fontScale).toBe(3);
  });

  it('going back to "mine" removes the entry; "own" keeps earlier own fields', () => {
    const own = withSiteSettings(withSiteMode({}, 'a.example', 'own'), 'a.example', {
      images: 'hide',
    });
    expect(withSiteMode(own, 'a.example', 'own')).toEqual(own);
    expect(withSiteMode(own, 'a.example', 'mine')).toEqual({});
  });
});

describe('siteKeyOf', () => {
  it.each([
    ['news.example', 'news.example'],
    ['WWW.News.Example', 'news.example'],
    [' portal.example.gov ', 'portal.example.gov'],
    ['пример.бел', 'xn--e1afmkfd.xn--90ais'],
    ['192.168.0.1', '192.168.0.1'],
    ['[::1]', '[::1]'],
    ['localhost', 'localhost'],
  ])('reads %j as the site %j', (name, key) => {
    expect(siteKeyOf(name)).toBe(key);
  });

  it.each([
    '',
    '   ',
    '*.example.org',
    'example.org/path',
    'example.org:8080',
    'http://example.org',
    'exa mple.org',
    '-bad.example',
    'a..b',
    '.example.org',
    'x'.repeat(64) + '.example',
    5,
    null,
  ])('refuses %j', (name) => {
    expect(siteKeyOf(name)).toBeNull();
  });
});
