// Every unit test starts from empty fake storage with the real English messages, and
// with the background's one writer answering the settings changes other contexts send.
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { changeListener } from '@/settings/change-messages';
import { SyncWriter } from '@/settings/sync-writer';
import { fakeI18n } from './fake-i18n';

let previous = new AbortController();

beforeEach(() => {
  fakeBrowser.reset();
  Object.assign(fakeBrowser, { i18n: fakeI18n('en') });
  previous.abort();
  previous = new AbortController();
  fakeBrowser.runtime.onMessage.addListener(
    changeListener(new SyncWriter({ signal: previous.signal })),
  );
});
