/**
 * The readable-mode on/off switch: a real button with the ARIA switch role. Until the
 * settings are known it is a disabled, busy button that claims neither state.
 */
import { t } from '@/utils/i18n';

export interface ReadableModeSwitchProps {
  /** Null while not known yet. */
  readonly checked: boolean | null;
  readonly onChange: (checked: boolean) => void;
}

export function ReadableModeSwitch({ checked, onChange }: ReadableModeSwitchProps) {
  return (
    <div class="switch-row">
      <button
        type="button"
        role={checked === null ? undefined : 'switch'}
        id="readable-mode"
        class="switch"
        aria-checked={checked ?? undefined}
        aria-busy={checked === null ? true : undefined}
        disabled={checked === null}
        aria-describedby="readable-mode-hint"
        onClick={() => checked !== null && onChange(!checked)}
      >
        <span class="switch-track" aria-hidden="true">
          <span class="switch-thumb" />
        </span>
        <span class="switch-label">{t('readableMode')}</span>
      </button>
      <p id="readable-mode-hint" class="hint">
        {t('readableModeHint')}
      </p>
    </div>
  );
}
