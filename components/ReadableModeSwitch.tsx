/** The readable-mode on/off switch: a real button with the ARIA switch role. */
import { t } from '@/utils/i18n';

export interface ReadableModeSwitchProps {
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}

export function ReadableModeSwitch({ checked, onChange }: ReadableModeSwitchProps) {
  return (
    <div class="switch-row">
      <button
        type="button"
        role="switch"
        id="readable-mode"
        class="switch"
        aria-checked={checked}
        aria-describedby="readable-mode-hint"
        onClick={() => onChange(!checked)}
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
