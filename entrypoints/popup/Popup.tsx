/** The toolbar popup: the readable-mode switch, notices about stored settings, options. */
import { browser } from 'wxt/browser';
import { ReadableModeSwitch } from '@/components/ReadableModeSwitch';
import { SettingsNotice } from '@/components/SettingsNotice';
import { useSettings, useSettingsReport } from '@/components/useSettings';
import { dismissSettingsReport } from '@/settings/repair-stored';
import type { SettingsStore } from '@/settings/settings-store';
import { t } from '@/utils/i18n';

export function Popup({ store }: { readonly store: SettingsStore }) {
  const loaded = useSettings(store);
  const report = useSettingsReport();
  if (!loaded) return null;
  return (
    <main class="popup">
      <h1>{t('extName')}</h1>
      <ReadableModeSwitch
        checked={loaded.settings.enabled}
        onChange={(enabled) => void store.update({ enabled })}
      />
      <SettingsNotice
        report={report}
        source={loaded.source}
        onDismiss={() => void dismissSettingsReport()}
      />
      <p>
        <a
          href={browser.runtime.getURL('/options.html')}
          onClick={(event) => {
            event.preventDefault();
            void browser.runtime.openOptionsPage();
          }}
        >
          {t('openOptions')}
        </a>
      </p>
    </main>
  );
}
