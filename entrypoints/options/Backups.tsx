/**
 * The backups Legible keeps (settings/backups.ts), newest first: when and before what
 * each was made, a way to restore it (what there is now is backed up first), and a way
 * to save it as a file. A repair's backup holds what was stored before the repair,
 * which this version could not read whole: it can be saved, not restored here.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BACKUP_KEY, readBackups, type SettingsBackup } from '@/settings/backups';
import { EXPORT_FILE_NAME } from '@/settings/import-export';
import { t, uiLanguage, type MessageKey } from '@/utils/i18n';
import { listen } from '@/utils/listen';

const REASONS: Record<NonNullable<SettingsBackup['reason']> | 'repair', MessageKey> = {
  import: 'backupImport',
  reset: 'backupReset',
  restore: 'backupRestore',
  'stand-in': 'backupStandIn',
  repair: 'backupRepair',
};

/** The backup as an export file (importable again), or what was stored, as it was. */
function backupFile({ original, sites }: SettingsBackup): unknown {
  const isObject = typeof original === 'object' && original !== null && !Array.isArray(original);
  return isObject && sites ? { ...original, sites } : original;
}

function useBackups(): readonly SettingsBackup[] {
  const [backups, setBackups] = useState<readonly SettingsBackup[]>([]);
  useEffect(() => {
    const effect = new AbortController();
    const refresh = () =>
      void readBackups().then((all) => !effect.signal.aborted && setBackups(all.reverse()));
    const onChanged = (changes: Record<string, unknown>, area: string) =>
      area === 'local' && BACKUP_KEY in changes && refresh();
    refresh();
    listen(browser.storage.onChanged, onChanged, effect.signal);
    return () => effect.abort();
  }, []);
  return backups;
}

export function Backups({
  onRestore,
}: {
  readonly onRestore: (backup: SettingsBackup) => Promise<void>;
}) {
  const backups = useBackups();
  const [restored, setRestored] = useState(false);
  const when = (at: number) =>
    new Date(at).toLocaleString(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section aria-labelledby="backups-title">
      <h2 id="backups-title">{t('optionsBackups')}</h2>
      {backups.length === 0 && <p>{t('backupsNone')}</p>}
      <ul class="backups">
        {backups.map((backup) => {
          const at = when(backup.at);
          const file = JSON.stringify(backupFile(backup), null, 2);
          return (
            <li key={backup.at} data-reason={backup.reason ?? 'repair'}>
              <span>
                {at}: {t(REASONS[backup.reason ?? 'repair'])}
              </span>{' '}
              {backup.reason && (
                <button
                  type="button"
                  class="choice"
                  onClick={() => void onRestore(backup).then(() => setRestored(true))}
                >
                  {t('backupRestoreButton', [at])}
                </button>
              )}{' '}
              <a
                class="choice"
                href={`data:application/json;charset=utf-8,${encodeURIComponent(file)}`}
                download={EXPORT_FILE_NAME}
              >
                {t('backupSave', [at])}
              </a>
            </li>
          );
        })}
      </ul>
      {restored && <p role="status">{t('backupRestored')}</p>}
    </section>
  );
}
