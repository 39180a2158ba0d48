/** The options page: for now the readable-mode switch and notices about stored settings. */
import { ReadableModeSwitch } from '@/components/ReadableModeSwitch';
import { SettingsNotice } from '@/components/SettingsNotice';
import { useSettings, useSettingsReport } from '@/components/useSettings';
import { dismissSettingsReport } from '@/settings/repair-stored';
import type { SettingsStore } from '@/settings/settings-store';
import { t } from '@/utils/i18n';

export function Options({ store }: { readonly store: SettingsStore }) {
  const loaded = useSettings(store);
  const report = useSettingsReport();
  if (!loaded) return null;
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <ReadableModeSwitch
        checked={loaded.settings.enabled}
        onChange={(enabled) => void store.update({ enabled })}
      />
      <SettingsNotice
        report={report}
        source={loaded.source}
        onDismiss={() => void dismissSettingsReport()}
      />
    </main>
  );
}
