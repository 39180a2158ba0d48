/**
 * How Legible treats the current site: with my settings, off, or with its own. Native
 * radio buttons in a fieldset, so arrow keys and screen readers work as everywhere.
 */
import type { SiteMode } from '@/settings/site-choices';
import { t, type MessageKey } from '@/utils/i18n';

const MODES: ReadonlyArray<{ mode: SiteMode; label: MessageKey }> = [
  { mode: 'mine', label: 'siteMine' },
  { mode: 'off', label: 'siteOff' },
  { mode: 'own', label: 'siteOwn' },
];

export interface SiteChoiceProps {
  readonly site: string;
  /** Null while the settings are not known yet: none checked, none to choose. */
  readonly mode: SiteMode | null;
  readonly onChange: (mode: SiteMode) => void;
}

export function SiteChoice({ site, mode, onChange }: SiteChoiceProps) {
  return (
    <fieldset class="site-choice" disabled={mode === null} aria-busy={mode === null || undefined}>
      <legend>{t('siteHeading', [site])}</legend>
      {MODES.map((option) => (
        <label key={option.mode}>
          <input
            type="radio"
            name="site-mode"
            value={option.mode}
            checked={mode === option.mode}
            onChange={() => onChange(option.mode)}
          />
          {t(option.label)}
        </label>
      ))}
    </fieldset>
  );
}
