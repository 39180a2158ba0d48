import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background/index';

const { commands } = fakeBrowser;
const { managed } = fakeBrowser.storage;

afterEach(() => {
  Object.assign(fakeBrowser, { commands });
  Object.assign(fakeBrowser.storage, { managed });
});

describe('the background', () => {
  it('starts in a browser without keyboard shortcuts or managed storage (Firefox for Android)', () => {
    Reflect.deleteProperty(fakeBrowser, 'commands');
    Reflect.deleteProperty(fakeBrowser.storage, 'managed');
    expect(() => background.main()).not.toThrow();
  });
});
