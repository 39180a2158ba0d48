// Every unit test starts from empty fake storage with the real English messages, and
// with the background's one writer answering the settings changes other contexts send.
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { changeListener } from '@/settings/change-messages';
import { pageChangeWriter } from '@/settings/page-changes';
import { SyncWriter } from '@/settings/sync-writer';
import { fakeI18n } from './fake-i18n';

let previous = new AbortController();

beforeEach(() => {
  fakeBrowser.reset();
  Object.assign(fakeBrowser, { i18n: fakeI18n('en') });
  previous.abort();
  previous = new AbortController();
  const writer = new SyncWriter({ signal: previous.signal });
  const listener = changeListener(writer, pageChangeWriter(writer, previous.signal));
  // The fake names no sender: each change comes as from one of Legible's own pages.
  const sender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => listener(message, sender));
});
