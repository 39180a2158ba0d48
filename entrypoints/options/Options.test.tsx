// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options } from '@/entrypoints/options/Options';
import { SettingsStore } from '@/settings/settings-store';

type PlatformInfo = Awaited<ReturnType<typeof fakeBrowser.runtime.getPlatformInfo>>;

const { commands } = fakeBrowser;
const { managed } = fakeBrowser.storage;

afterEach(() => {
  render(null, document.body);
  Object.assign(fakeBrowser, { commands });
  Object.assign(fakeBrowser.storage, { managed });
});

/** The browser as Firefox for Android has it: no shortcuts, managed storage refusing. */
function asFirefoxForAndroid(): void {
  Reflect.deleteProperty(fakeBrowser, 'commands');
  const refused = () => Promise.reject(new Error('storage.managed is not supported'));
  Object.assign(fakeBrowser.storage, { managed: { ...managed, get: refused } });
  vi.spyOn(fakeBrowser.runtime, 'getPlatformInfo').mockResolvedValue({
    os: 'android',
    arch: 'arm',
  } as PlatformInfo);
}

describe('the options page on Firefox for Android', () => {
  it('says sync stays on the device, lists no shortcuts and no policy, and fails nowhere', async () => {
    asFirefoxForAndroid();
    render(<Options store={new SettingsStore()} />, document.body);
    await vi.waitFor(() => expect(document.getElementById('sync-on-device')).not.toBeNull());
    // The note sits with export and import, the way to another device.
    const exportSection = document.getElementById('export')?.closest('section');
    expect(exportSection?.contains(document.getElementById('sync-on-device'))).toBe(true);
    expect(document.getElementById('shortcuts-title')).toBeNull();
    expect(document.getElementById('policy-problems')).toBeNull();
  });
});
