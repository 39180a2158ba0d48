/** Font size: A−, A+, the current percentage (announced when it changes), back to 100 %. */
import { stepFontScale } from '@/components/controls/choices';
import { ControlGroup } from '@/components/controls/ControlGroup';
import { t } from '@/utils/i18n';

export interface FontSizeControlProps {
  /** Undefined while it is not known yet: no figure, no step offered. */
  readonly scale: number | undefined;
  readonly onChange: (scale: number) => void;
}

export function FontSizeControl({ scale: known, onChange }: FontSizeControlProps) {
  const scale = known ?? 1;
  const percent = known === undefined ? '…' : String(Math.round(known * 100));
  return (
    <ControlGroup id="font-size" label="panelFontSize">
      <button
        type="button"
        class="choice"
        data-action="smaller"
        aria-label={t('fontSmaller')}
        disabled={known === undefined || scale <= 1}
        onClick={() => onChange(stepFontScale(scale, -1))}
      >
        A−
      </button>
      <output class="value" aria-live="polite" aria-label={t('fontSizeValue', [percent])}>
        {percent} %
      </output>
      <button
        type="button"
        class="choice"
        data-action="larger"
        aria-label={t('fontLarger')}
        disabled={known === undefined || scale >= 3}
        onClick={() => onChange(stepFontScale(scale, 1))}
      >
        A+
      </button>
      <button
        type="button"
        class="choice"
        data-action="size-reset"
        disabled={known === undefined || scale === 1}
        onClick={() => onChange(1)}
      >
        {t('fontSizeReset')}
      </button>
    </ControlGroup>
  );
}
