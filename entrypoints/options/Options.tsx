/**
 * The options page: readable mode and your settings (the defaults every site uses), the
 * sites with their own choices, export and import, reset, and the keyboard shortcuts.
 */
import { ReadingAids } from '@/components/reading-aids/ReadingAids';
import { ReadableControls } from '@/components/controls/ReadableControls';
import { FileTransfer } from '@/entrypoints/options/FileTransfer';
import { ResetAll } from '@/entrypoints/options/ResetAll';
import { Shortcuts } from '@/entrypoints/options/Shortcuts';
import { SiteList } from '@/entrypoints/options/SiteList';
import { PanelOnPages } from '@/components/PanelOnPages';
import { ReadableModeSwitch } from '@/components/ReadableModeSwitch';
import { PolicyNotice } from '@/components/PolicyNotice';
import { SettingsNotice } from '@/components/SettingsNotice';
import { usePolicyProblems, useSettings, useSettingsReport } from '@/components/useSettings';
import { Backups } from '@/entrypoints/options/Backups';
import { DEFAULT_SETTINGS } from '@/settings/defaults';
import { repairSettings } from '@/settings/repair';
import { backUpStored } from '@/settings/storage-areas';
import { dismissSettingsReport } from '@/settings/repair-report';
import type { KnownSettings } from '@/settings/schema';
import type { SettingsStore } from '@/settings/settings-store';
import { t } from '@/utils/i18n';

export function Options({ store }: { readonly store: SettingsStore }) {
  const loaded = useSettings(store);
  const report = useSettingsReport();
  const policyProblems = usePolicyProblems();
  if (!loaded) return null;
  const update = (patch: Partial<KnownSettings>) => void store.update(patch);
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
      <PolicyNotice lines={policyProblems} />
      <section aria-labelledby="defaults-title">
        <h2 id="defaults-title">{t('optionsDefaults')}</h2>
        <div class="controls">
          <ReadableControls settings={loaded.settings} update={update} />
        </div>
        <PanelOnPages
          checked={loaded.settings.panel}
          onChange={(panel) => void store.update({ panel })}
        />
      </section>
      <section aria-labelledby="aids-title">
        <h2 id="aids-title">{t('readingAids')}</h2>
        <div class="controls">
          <ReadingAids settings={loaded.settings} update={update} place="options" />
        </div>
      </section>
      <section aria-labelledby="sites-title">
        <h2 id="sites-title">{t('optionsSites')}</h2>
        {loaded.sitesNotSynced > 0 && (
          <p class="notice">{t('sitesNotSynced', [String(loaded.sitesNotSynced)])}</p>
        )}
        <SiteList
          sites={loaded.sites}
          onChange={(site, mode) => void store.setSiteMode(site, mode)}
        />
      </section>
      <FileTransfer
        loaded={loaded}
        onImport={async ({ settings, sites }) => {
          // The user's own site choices: an administrator's presets stay out of storage.
          await backUpStored('import', loaded.ownSites);
          await store.replace(settings, { ...loaded.ownSites, ...sites });
        }}
      />
      <section aria-labelledby="reset-title">
        <h2 id="reset-title" class="visually-hidden">
          {t('optionsReset')}
        </h2>
        <ResetAll
          onReset={async () => {
            await backUpStored('reset', loaded.ownSites);
            await store.replace({ ...DEFAULT_SETTINGS }, {});
          }}
        />
      </section>
      <Backups
        onRestore={async ({ original, sites }) => {
          await backUpStored('restore', loaded.ownSites);
          await store.replace(repairSettings(original).settings, sites ?? loaded.ownSites);
        }}
      />
      <Shortcuts />
    </main>
  );
}
