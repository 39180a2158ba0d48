/**
 * The colour scheme as one drop-down list, where a row of swatches does not fit (the
 * narrow panel's compact row): a phone shows it as its own large list of choices. The
 * list itself wears the chosen scheme's colours, as its swatch would.
 */
import { SCHEME_CHOICES, swatchColors } from '@/components/controls/choices';
import type { ColorSchemeId } from '@/settings/schema';
import { t } from '@/utils/i18n';

export interface SchemeSelectProps {
  readonly value: ColorSchemeId;
  readonly onChoose: (value: ColorSchemeId) => void;
}

export function SchemeSelect({ value, onChoose }: SchemeSelectProps) {
  const colors = swatchColors(value);
  return (
    <label class="scheme-select">
      <span class="visually-hidden">{t('panelColorScheme')}</span>
      <select
        class="choice"
        data-action="scheme-list"
        value={value}
        style={colors ? { color: colors.text, background: colors.background } : undefined}
        onChange={(event) => {
          const chosen = SCHEME_CHOICES.find(
            (choice) => choice.value === event.currentTarget.value,
          );
          if (chosen) onChoose(chosen.value);
        }}
      >
        {SCHEME_CHOICES.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {t(choice.label)}
          </option>
        ))}
      </select>
    </label>
  );
}
