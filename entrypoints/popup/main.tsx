/** Popup start-up: one settings store for the popup's life, flushed as it closes. */
import { render } from 'preact';
import { Popup } from '@/entrypoints/popup/Popup';
import { SettingsStore } from '@/settings/settings-store';
import { setDocumentLanguage } from '@/utils/i18n';
import '@/components/extension-page.css';
import '@/components/controls/controls.css';
import '@/entrypoints/popup/popup.css';

const store = new SettingsStore();
setDocumentLanguage(document);
// A popup closes the moment focus leaves it; a coalesced write still queued must go now.
addEventListener('pagehide', () => void store.flush());
const root = document.getElementById('app');
if (root) render(<Popup store={store} />, root);
