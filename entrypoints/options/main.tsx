/** Options page start-up. */
import { render } from 'preact';
import { Options } from '@/entrypoints/options/Options';
import { SettingsStore } from '@/settings/settings-store';
import { setDocumentLanguage, t } from '@/utils/i18n';
import '@/components/extension-page.css';
import '@/components/controls/controls.css';
import '@/entrypoints/options/options.css';

const store = new SettingsStore();
setDocumentLanguage(document);
document.title = t('optionsTitle');
addEventListener('pagehide', () => void store.flush());
const root = document.getElementById('app');
if (root) render(<Options store={store} />, root);
