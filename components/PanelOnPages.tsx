/** The "show the panel on pages" checkbox, in the popup and on the options page. */
import { t } from '@/utils/i18n';

export interface PanelOnPagesProps {
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}

export function PanelOnPages({ checked, onChange }: PanelOnPagesProps) {
  return (
    <label class="checkbox">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      {t('panelOnPages')}
    </label>
  );
}
