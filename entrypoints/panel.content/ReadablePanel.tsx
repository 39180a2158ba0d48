/**
 * The on-page panel, after the state portals' "version for the visually impaired":
 * font, font size, letter spacing, line spacing, colour scheme, images, reset, hide
 * panel, normal version; collapsible to a slim bar; the reading aids on a second row,
 * shown with their button and loaded only then (LazyReadingAids.tsx). On a phone or in
 * a narrow window it opens as one compact row, the rest behind "More" (PanelFrame.tsx).
 * Every control writes through the page's settings store to the background, so every
 * open tab follows, and only values the panel offers get there.
 */
import { RESET_PATCH } from '@/components/controls/choices';
import { ReadableControls } from '@/components/controls/ReadableControls';
import { isOffered, type Update } from '@/components/offered';
import { usePageSettings } from '@/components/usePageSettings';
import type { LoadAidsRow } from '@/entrypoints/panel.content/load-aids';
import { LazyReadingAids } from '@/entrypoints/panel.content/LazyReadingAids';
import { PanelFrame } from '@/entrypoints/panel.content/PanelFrame';
import type { PageSettingsStore } from '@/settings/page-settings-store';
import { t } from '@/utils/i18n';

export interface ReadablePanelProps {
  readonly store: PageSettingsStore;
  /** The site the panel is on: its own settings are edited where it has them. */
  readonly site: string | null;
  /** Brings the reading aids' row when it is first shown (load-aids.ts). */
  readonly loadAids: LoadAidsRow;
}

export function ReadablePanel({ store, site, loadAids }: ReadablePanelProps) {
  const settings = usePageSettings(store, site);
  if (!settings) return null;
  // Only what the panel offers is written (components/offered.ts): the page is untrusted.
  const update: Update = (patch, context) => {
    if (isOffered(patch, settings, context)) void store.update(patch);
  };
  const collapsed = settings.panelCollapsed === true;
  // Shown on demand (and remembered): the main row stays as short as the portals' panels.
  const aidsShown = settings.panelAids === true;

  if (collapsed) {
    return (
      <div class="panel collapsed" role="region" aria-label={t('panelLabel')}>
        <button
          type="button"
          class="choice expand"
          onClick={() => update({ panelCollapsed: false })}
        >
          {t('panelExpand')}
        </button>
      </div>
    );
  }
  return (
    <PanelFrame settings={settings} update={update}>
      <ReadableControls settings={settings} update={update} />
      <div class="group actions">
        <button
          type="button"
          class="choice"
          data-action="aids"
          aria-expanded={aidsShown}
          aria-controls="reading-aids"
          onClick={() => update({ panelAids: !aidsShown })}
        >
          {t('readingAids')}
        </button>
        <button
          type="button"
          class="choice"
          data-action="reset"
          onClick={() => update(RESET_PATCH)}
        >
          {t('panelReset')}
        </button>
        <button
          type="button"
          class="choice"
          data-action="collapse"
          onClick={() => update({ panelCollapsed: true })}
        >
          {t('panelCollapse')}
        </button>
        <button
          type="button"
          class="choice"
          data-action="hide"
          onClick={() => update({ panel: false })}
        >
          {t('panelHide')}
        </button>
        <button
          type="button"
          class="choice"
          data-action="normal"
          onClick={() => update({ enabled: false })}
        >
          {t('panelNormalVersion')}
        </button>
      </div>
      {aidsShown && <LazyReadingAids settings={settings} update={update} load={loadAids} />}
    </PanelFrame>
  );
}
