/**
 * The user's own colours: a switch, three colour pickers (text, background, links) and
 * the live contrast ratios, with a plain warning when either is below 7:1 (WCAG 1.4.6,
 * the level every built-in scheme reaches). The warning warns; it does not forbid:
 * some readers need low contrast (light sensitivity), and it is their choice.
 */
import { ControlGroup } from '@/components/controls/ControlGroup';
import type { Update } from '@/components/offered';
import { contrastRatio, ENHANCED_CONTRAST } from '@/features/color-scheme/contrast';
import type { Settings } from '@/settings/schema';
import { t, type MessageKey } from '@/utils/i18n';

type ColorField = 'customText' | 'customBackground' | 'customLink';

const PICKERS: ReadonlyArray<readonly [ColorField, MessageKey]> = [
  ['customText', 'ownColorText'],
  ['customBackground', 'ownColorBackground'],
  ['customLink', 'ownColorLink'],
];

/** Ratios as people read them: one decimal, rounded down so 6.96 never shows as 7.0. */
export function formatRatio(ratio: number): string {
  return (Math.floor(ratio * 10) / 10).toFixed(1);
}

export interface OwnColorsProps {
  readonly settings: Settings;
  readonly update: Update;
}

export function OwnColors({ settings, update }: OwnColorsProps) {
  const on = settings.customColors;
  const text = contrastRatio(settings.customText, settings.customBackground);
  const link = contrastRatio(settings.customLink, settings.customBackground);
  const low = Math.min(text, link) < ENHANCED_CONTRAST;
  return (
    <ControlGroup
      id="own-colors"
      label="ownColors"
      kind="own-colors"
      below={
        <>
          <p class="contrast" id="own-colors-contrast">
            {t('ownColorsContrast', [formatRatio(text), formatRatio(link)])}
          </p>
          {low && (
            <p class="warning" role="alert" id="own-colors-warning">
              {t('ownColorsLowContrast')}
            </p>
          )}
        </>
      }
    >
      <button
        type="button"
        class="choice"
        data-action="own-colors"
        aria-pressed={on}
        onClick={() => update({ customColors: !on })}
      >
        {t('ownColorsUse')}
      </button>
      {PICKERS.map(([field, label]) => (
        <label class="color-pick" key={field}>
          <input
            type="color"
            data-field={field}
            value={settings[field]}
            onInput={(event) =>
              update({ [field]: event.currentTarget.value.toLowerCase(), customColors: true })
            }
          />
          {t(label)}
        </label>
      ))}
    </ControlGroup>
  );
}
