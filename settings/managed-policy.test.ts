import { describe, expect, it } from 'vitest';
import { repairSettings } from '@/settings/repair';
import { SITE_OFF } from '@/settings/site-choices';
import { sitesWithPolicy, withPolicy, type ManagedPolicy } from '@/settings/managed-policy';

const policy: ManagedPolicy = {
  settings: { enabled: true, fontScale: 1.5, colorScheme: 'beige', fontFamily: 'arial' },
  offSites: ['Intranet.example'],
  siteSettings: { 'portal.example': { colorScheme: 'blue' } },
  locked: ['fontFamily'],
};

describe('managed presets', () => {
  it('are the defaults when the user has chosen nothing', () => {
    const settings = repairSettings(withPolicy(undefined, policy)).settings;
    expect(settings).toMatchObject({
      enabled: true,
      fontScale: 1.5,
      colorScheme: 'beige',
      fontFamily: 'arial',
    });
  });

  it("let the user's own choices win", () => {
    const settings = repairSettings(
      withPolicy({ colorScheme: 'green', enabled: false }, policy),
    ).settings;
    expect(settings).toMatchObject({ colorScheme: 'green', enabled: false, fontScale: 1.5 });
  });

  it('except for locked fields', () => {
    expect(withPolicy({ fontFamily: 'opendyslexic' }, policy)).toMatchObject({
      fontFamily: 'arial',
    });
  });

  it('leave everything alone without a policy, and corrupt settings to the repair', () => {
    expect(withPolicy({ a: 1 }, null)).toEqual({ a: 1 });
    expect(withPolicy('garbage', policy)).toBe('garbage');
  });

  it("add the policy's site choices under the user's", () => {
    expect(sitesWithPolicy({ 'portal.example': SITE_OFF }, policy)).toEqual({
      'intranet.example': SITE_OFF,
      'portal.example': SITE_OFF,
    });
    expect(sitesWithPolicy({}, policy)).toEqual({
      'intranet.example': SITE_OFF,
      'portal.example': { colorScheme: 'blue' },
    });
  });

  it('bad policy values are repaired like any other input', () => {
    const settings = repairSettings(
      withPolicy(undefined, { settings: { fontScale: 40 } }),
    ).settings;
    expect(settings.fontScale).toBe(3);
  });
});
