// Every unit test starts from empty fake storage with the real English messages.
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeI18n } from './fake-i18n';

beforeEach(() => {
  fakeBrowser.reset();
  Object.assign(fakeBrowser, { i18n: fakeI18n('en') });
});
