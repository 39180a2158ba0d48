/**
 * Repairs the stored settings in place, run by the background on start-up and whenever
 * the stored object changes. Before a repaired object replaces the original, the
 * original is copied to `storage.local` (`settingsBackup`) and the problems are kept in
 * `settingsReport` for the popup and options page to explain. An object written by a
 * newer Legible is never rewritten: this version only reads what it understands. Nor is
 * a field that carries a change stamp (settings/stamps.ts): only a copy of Legible
 * stamps what it writes, so a stamped value this version finds wrong was written by a
 * newer one. The repair itself is written unstamped, so that any real change wins.
 */
import { browser } from 'wxt/browser';
import { repairSettings } from '@/settings/repair';
import { saveBackup } from '@/settings/backups';
import { REPORT_KEY, type SettingsReport } from '@/settings/repair-report';
import { backgroundStore } from '@/entrypoints/background/settings-writer';
import { fieldStampsIn, SETTINGS_STAMPS_KEY } from '@/settings/stamps';
import { readRawSettings, type SettingsSource } from '@/settings/storage-areas';

async function readStamps(): Promise<Record<string, unknown>> {
  try {
    return fieldStampsIn(
      (await browser.storage.sync.get(SETTINGS_STAMPS_KEY))[SETTINGS_STAMPS_KEY],
    );
  } catch {
    return {};
  }
}

/** Returns what was found, or null when nothing was stored or nothing needed repair. */
export async function repairStoredSettings(): Promise<SettingsReport | null> {
  const { raw, source }: { raw: unknown; source: SettingsSource } = await readRawSettings();
  if (source === 'none') return null;
  const result = repairSettings(raw);
  if (result.problems.length === 0) return null;
  const stamps = await readStamps();
  const rewritable = result.problems.some(({ field }) => field === null || !(field in stamps));
  const rewritten = !result.newerVersion && rewritable;
  if (rewritten) {
    // No reason: a backup without one is a repair's, as they all were before reasons.
    await saveBackup({ original: raw, problems: result.problems, at: Date.now() });
    await backgroundStore().rewrite(result.settings);
  }
  const report: SettingsReport = { problems: result.problems, rewritten, at: Date.now() };
  await browser.storage.local.set({ [REPORT_KEY]: report });
  return report;
}
