/** The sites with their own choice (off, or own settings), to change or remove. */
import type { SiteMode, SiteTable } from '@/settings/site-choices';
import { siteMode } from '@/settings/site-choices';
import { t } from '@/utils/i18n';

export interface SiteListProps {
  readonly sites: SiteTable;
  readonly onChange: (site: string, mode: SiteMode) => void;
}

export function SiteList({ sites, onChange }: SiteListProps) {
  const names = Object.keys(sites).sort();
  if (names.length === 0) return <p>{t('optionsNoSites')}</p>;
  return (
    <ul class="site-list">
      {names.map((site) => (
        <li key={site} data-site={site}>
          <span class="site-name">{site}</span>
          <select
            aria-label={t('optionsSiteMode', [site])}
            value={siteMode(sites, site)}
            onChange={(event) => onChange(site, event.currentTarget.value as SiteMode)}
          >
            <option value="off">{t('siteOff')}</option>
            <option value="own">{t('siteOwn')}</option>
          </select>
          <button type="button" class="choice" onClick={() => onChange(site, 'mine')}>
            {t('optionsRemove', [site])}
          </button>
        </li>
      ))}
    </ul>
  );
}
