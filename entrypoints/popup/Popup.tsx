/**
 * The toolbar popup: the readable-mode switch, how Legible treats this site, the same
 * controls as the panel, the page's state at a glance, notices about stored settings,
 * and the way to the options page. Drawn at once, before the settings and the tab are
 * known (issue 15: the popup answers at once).
 */
import { browser } from 'wxt/browser';
import { ReadingAids } from '@/components/reading-aids/ReadingAids';
import { ReadableControls } from '@/components/controls/ReadableControls';
import { PanelOnPages } from '@/components/PanelOnPages';
import { ReadableModeSwitch } from '@/components/ReadableModeSwitch';
import { SettingsNotice } from '@/components/SettingsNotice';
import { SiteChoice } from '@/entrypoints/popup/SiteChoice';
import { useActiveSite } from '@/components/useActiveSite';
import { useSettings, useSettingsReport } from '@/components/useSettings';
import { dismissSettingsReport } from '@/settings/repair-report';
import { siteMode } from '@/settings/site-choices';
import type { KnownSettings } from '@/settings/schema';
import { forSite, type SettingsStore } from '@/settings/settings-store';
import { t } from '@/utils/i18n';

export function Popup({ store }: { readonly store: SettingsStore }) {
  const loaded = useSettings(store);
  const report = useSettingsReport();
  const { site, ready } = useActiveSite();
  // Shown at once, before storage and the tab answer: what is not known yet is shown as
  // loading (no state claimed, nothing to press), never as a guess.
  const here = loaded && ready ? forSite(loaded, site) : null;
  // The site's own settings where it has them, else the user's.
  const update = (patch: Partial<KnownSettings>) => void store.updateFor(site, patch);
  return (
    <main class="popup" aria-busy={here === null || undefined}>
      <h1>{t('extName')}</h1>
      <ReadableModeSwitch
        checked={loaded ? loaded.settings.enabled : null}
        onChange={(enabled) => void store.update({ enabled })}
      />
      {!ready ? (
        <p id="page-state" class="loading">
          {t('stateLoading')}
        </p>
      ) : site === null ? (
        <p class="notice" id="page-state">
          {t('siteUnsupported')}
        </p>
      ) : (
        <>
          <p id="page-state" class={here ? undefined : 'loading'}>
            {t(here ? (here.enabled ? 'stateOn' : 'stateOff') : 'stateLoading')}
          </p>
          <SiteChoice
            site={site}
            mode={loaded ? siteMode(loaded.sites, site) : null}
            onChange={(next) => void store.setSiteMode(site, next)}
          />
        </>
      )}
      <div class="controls" inert={here === null}>
        <ReadableControls settings={here} update={update} />
      </div>
      <h2 id="aids-heading">{t('readingAids')}</h2>
      {here && loaded ? (
        <>
          <div class="controls" role="group" aria-labelledby="aids-heading">
            <ReadingAids settings={here} update={update} place="popup" />
          </div>
          <PanelOnPages
            checked={loaded.settings.panel}
            onChange={(panel) => void store.update({ panel })}
          />
          {loaded.sitesNotSynced > 0 && (
            <p class="notice">{t('sitesNotSynced', [String(loaded.sitesNotSynced)])}</p>
          )}
        </>
      ) : (
        <p class="loading">{t('stateLoading')}</p>
      )}
      <SettingsNotice
        report={report}
        source={loaded?.source}
        onDismiss={() => void dismissSettingsReport()}
      />
      <p>
        <a
          class="options-link"
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
