/** Font size: A−, A+, the current percentage (announced when it changes), back to 100 %. */
import { stepFontScale } from '@/components/controls/choices';
import { ControlGroup } from '@/components/controls/ControlGroup';
import { t } from '@/utils/i18n';

export interface FontSizeControlProps {
  /** Undefined while it is not known yet: no figure, no step offered. */
  readonly scale: number | undefined;
  readonly onChange: (scale: number) => void;
}

/** The size as shown: a percentage, or "…" while it is not known yet. */
export function sizePercent(scale: number | undefined): string {
  return scale === undefined ? '…' : String(Math.round(scale * 100));
}

/**
 * A− or A+, one step of the size, also in the narrow panel's compact row. Its name
 * starts with what it shows (WCAG 2.5.3, for those who say "click A+"), then says what
 * it does.
 */
export function FontStepButton({ scale, onChange, step }: FontSizeControlProps & { step: 1 | -1 }) {
  const current = scale ?? 1;
  const bound = step < 0 ? current <= 1 : current >= 3;
  return (
    <button
      type="button"
      class="choice"
      data-action={step < 0 ? 'smaller' : 'larger'}
      aria-label={t(step < 0 ? 'fontSmaller' : 'fontLarger')}
      disabled={scale === undefined || bound}
      onClick={() => onChange(stepFontScale(current, step))}
    >
      {step < 0 ? 'A−' : 'A+'}
    </button>
  );
}

export function FontSizeControl({ scale, onChange }: FontSizeControlProps) {
  const percent = sizePercent(scale);
  return (
    <ControlGroup id="font-size" label="panelFontSize">
      <FontStepButton scale={scale} onChange={onChange} step={-1} />
      <output class="value" aria-live="polite" aria-label={t('fontSizeValue', [percent])}>
        {percent} %
      </output>
      <FontStepButton scale={scale} onChange={onChange} step={1} />
      <button
        type="button"
        class="choice"
        data-action="size-reset"
        disabled={scale === undefined || scale === 1}
        onClick={() => onChange(1)}
      >
        {t('fontSizeReset')}
      </button>
    </ControlGroup>
  );
}
