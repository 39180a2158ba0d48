/**
 * Tells the user, in their language, what was wrong with their stored settings and what
 * was done about it, and when their settings are kept on this computer because sync
 * refused them. Announced politely: it never interrupts.
 */
import { describeProblem } from '@/settings/describe-problem';
import type { SettingsReport } from '@/settings/repair-report';
import type { SettingsSource } from '@/settings/storage-areas';
import { t } from '@/utils/i18n';

export interface SettingsNoticeProps {
  readonly report: SettingsReport | null;
  readonly source: SettingsSource | undefined;
  readonly onDismiss: () => void;
}

export function SettingsNotice({ report, source, onDismiss }: SettingsNoticeProps) {
  const lines = report?.problems.map(describeProblem).filter((line) => line !== null) ?? [];
  const newer = report?.problems.some((p) => p.kind === 'newer-version') ?? false;
  return (
    <div role="status" class="notices">
      {source === 'local' && <p class="notice">{t('settingsNotSynced')}</p>}
      {report && (
        <section class="notice" aria-labelledby="settings-report-title">
          <h2 id="settings-report-title">{t('settingsRepairedTitle')}</h2>
          {newer && <p>{t('settingsNewerVersion')}</p>}
          {lines.length > 0 && (
            <ul>
              {lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          {report.rewritten && <p>{t('settingsRepairedRewritten')}</p>}
          <button type="button" onClick={onDismiss}>
            {t('dismiss')}
          </button>
        </section>
      )}
    </div>
  );
}
