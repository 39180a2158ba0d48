// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Shortcuts } from '@/entrypoints/options/Shortcuts';

const { commands } = fakeBrowser;

afterEach(() => {
  render(null, document.body);
  Object.assign(fakeBrowser, { commands });
});

async function shown(): Promise<string> {
  render(<Shortcuts />, document.body);
  await new Promise((resolve) => setTimeout(resolve, 10));
  return document.body.textContent ?? '';
}

describe('the shortcuts on the options page', () => {
  it('list the commands with their keys', async () => {
    const commands = [
      { name: 'toggle-readable-mode', description: 'Toggle', shortcut: 'Alt+Shift+R' },
    ];
    Object.assign(fakeBrowser, { commands: { getAll: () => Promise.resolve(commands) } });
    expect(await shown()).toContain('Alt+Shift+R');
  });

  it('are not offered where the browser has none (Firefox for Android)', async () => {
    Reflect.deleteProperty(fakeBrowser, 'commands');
    expect(await shown()).toBe('');
  });
});
