// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SyncNote } from '@/entrypoints/options/SyncNote';

type PlatformInfo = Awaited<ReturnType<typeof fakeBrowser.runtime.getPlatformInfo>>;

afterEach(() => render(null, document.body));

async function shownOn(os: string): Promise<string> {
  vi.spyOn(fakeBrowser.runtime, 'getPlatformInfo').mockResolvedValue({
    os,
    arch: 'arm',
  } as PlatformInfo);
  render(<SyncNote />, document.body);
  await new Promise((resolve) => setTimeout(resolve, 10));
  return document.body.textContent ?? '';
}

describe('the note that sync stays on this device', () => {
  it('is shown on Firefox for Android, where sync does not leave the device', async () => {
    expect(await shownOn('android')).toContain('your settings stay on this device');
  });

  it('is not shown where sync reaches the other devices', async () => {
    expect(await shownOn('linux')).toBe('');
  });
});
