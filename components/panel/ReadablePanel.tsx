/**
 * The on-page panel, after the state portals' "version for the visually impaired":
 * font, font size, letter spacing, line spacing, colour scheme, images, reset, hide
 * panel, normal version; collapsible to a slim bar. Every control writes through the
 * settings store, so every open tab follows.
 */
import {
  FONT_CHOICES,
  IMAGE_CHOICES,
  LETTER_SPACING_CHOICES,
  LINE_SPACING_CHOICES,
  RESET_PATCH,
  SCHEME_CHOICES,
  swatchColors,
  type Choice,
} from '@/components/panel/choices';
import { ChoiceGroup } from '@/components/panel/ChoiceGroup';
import { FontSizeControl } from '@/components/panel/FontSizeControl';
import { useSettings } from '@/components/useSettings';
import type { ColorSchemeId, KnownSettings } from '@/settings/schema';
import type { SettingsStore } from '@/settings/settings-store';
import { t } from '@/utils/i18n';

function Swatch({ value, label }: Choice<ColorSchemeId>) {
  const colors = swatchColors(value);
  return (
    <span
      class={colors ? 'swatch' : 'swatch own'}
      title={t(label)}
      style={colors ? { color: colors.text, background: colors.background } : undefined}
    >
      <span aria-hidden="true">А</span>
      <span class="visually-hidden">{t(label)}</span>
    </span>
  );
}

export function ReadablePanel({ store }: { readonly store: SettingsStore }) {
  const loaded = useSettings(store);
  if (!loaded) return null;
  const settings = loaded.settings;
  const update = (patch: Partial<KnownSettings>) => void store.update(patch);
  const collapsed = settings.panelCollapsed === true;

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
    <div class="panel" role="region" aria-label={t('panelLabel')}>
      <ChoiceGroup
        id="font"
        label="panelFont"
        choices={FONT_CHOICES}
        value={settings.fontFamily}
        onChoose={(fontFamily) => update({ fontFamily })}
      />
      <FontSizeControl scale={settings.fontScale} onChange={(fontScale) => update({ fontScale })} />
      <ChoiceGroup
        id="letter-spacing"
        label="panelLetterSpacing"
        choices={LETTER_SPACING_CHOICES}
        value={settings.letterSpacing}
        onChoose={(letterSpacing) => update({ letterSpacing })}
      />
      <ChoiceGroup
        id="line-spacing"
        label="panelLineSpacing"
        choices={LINE_SPACING_CHOICES}
        value={settings.lineHeight}
        onChoose={(lineHeight) => update({ lineHeight })}
      />
      <ChoiceGroup
        id="scheme"
        label="panelColorScheme"
        choices={SCHEME_CHOICES}
        value={settings.colorScheme}
        onChoose={(colorScheme) => update({ colorScheme })}
        render={Swatch}
      />
      <ChoiceGroup
        id="images"
        label="panelImages"
        choices={IMAGE_CHOICES}
        value={settings.images}
        onChoose={(images) => update({ images })}
      />
      <div class="group actions">
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
    </div>
  );
}
