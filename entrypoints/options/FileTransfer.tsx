/**
 * Export to a JSON file and import from one (where sync stays on this device, the way to
 * another one: SyncNote.tsx). Export needs no permission: the file is a data: link the
 * browser saves. An import that cannot be read changes nothing and says why; one that
 * needed repairs is applied and the repairs are listed.
 */
import { useState } from 'preact/hooks';
import { describeProblem } from '@/settings/describe-problem';
import {
  EXPORT_FILE_NAME,
  exportJson,
  IMPORT_MAX_BYTES,
  parseImport,
  type ImportResult,
} from '@/settings/import-export';
import type { LoadedSettings } from '@/settings/settings-store';
import { SyncNote } from '@/entrypoints/options/SyncNote';
import { t, type MessageKey } from '@/utils/i18n';

const FAILURES: Record<Exclude<ImportResult, { ok: true }>['reason'], MessageKey> = {
  'not-json': 'importNotJson',
  'not-legible': 'importNotLegible',
  'newer-version': 'importNewer',
  'too-large': 'importTooLarge',
  'too-deep': 'importTooDeep',
};

export interface FileTransferProps {
  readonly loaded: LoadedSettings;
  readonly onImport: (result: Extract<ImportResult, { ok: true }>) => Promise<void>;
}

export function FileTransfer({ loaded, onImport }: FileTransferProps) {
  const [message, setMessage] = useState<{ lines: string[]; error: boolean } | null>(null);
  const href = `data:application/json;charset=utf-8,${encodeURIComponent(exportJson(loaded.settings, loaded.sites))}`;

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    // Not even read when it is too large: parseImport would refuse it anyway.
    const result =
      file.size > IMPORT_MAX_BYTES
        ? ({ ok: false, reason: 'too-large' } as const)
        : parseImport(await file.text());
    if (!result.ok) {
      setMessage({ lines: [t(FAILURES[result.reason])], error: true });
      return;
    }
    await onImport(result);
    const repairs = result.problems.map(describeProblem).filter((line) => line !== null);
    const skipped =
      result.skippedSites.length > 0 ? [t('importSkipped', [result.skippedSites.join(', ')])] : [];
    setMessage({ lines: [t('importDone'), ...repairs, ...skipped], error: false });
  };

  return (
    <section aria-labelledby="file-title">
      <h2 id="file-title">{t('optionsFile')}</h2>
      <SyncNote />
      <p>
        <a class="choice" id="export" href={href} download={EXPORT_FILE_NAME}>
          {t('optionsExport')}
        </a>
      </p>
      <p>
        <label>
          {t('optionsImport')}{' '}
          <input
            type="file"
            id="import"
            accept="application/json,.json"
            onChange={(event) => void importFile(event.currentTarget.files?.[0])}
          />
        </label>
      </p>
      {message && (
        <div id="import-message" class="notice" role={message.error ? 'alert' : 'status'}>
          {message.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
    </section>
  );
}
