/**
 * Repairs the stored settings in place, run by the background on start-up and whenever
 * the stored object changes. Before a repaired object replaces the original, the
 * original is copied to `storage.local` (`settingsBackup`) and the problems are kept in
 * `settingsReport` for the popup and options page to explain. An object written by a
 * newer Legible is never rewritten: this version only reads what it understands.
 */
import { browser } from 'wxt/browser';
import { repairSettings } from '@/settings/repair';
import { saveBackup } from '@/settings/backups';
import { REPORT_KEY, type SettingsReport } from '@/settings/repair-report';
import { SettingsStore } from '@/settings/settings-store';
import { readRawSettings, type SettingsSource } from '@/settings/storage-areas';

/** Returns what was found, or null when nothing was stored or nothing needed repair. */
export async function repairStoredSettings(): Promise<SettingsReport | null> {
  const { raw, source }: { raw: unknown; source: SettingsSource } = await readRawSettings();
  if (source === 'none') return null;
  const result = repairSettings(raw);
  if (result.problems.length === 0) return null;
  const rewritten = !result.newerVersion;
  if (rewritten) {
    // No reason: a backup without one is a repair's, as they all were before reasons.
    await saveBackup({ original: raw, problems: result.problems, at: Date.now() });
    await new SettingsStore().rewrite(result.settings);
  }
  const report: SettingsReport = { problems: result.problems, rewritten, at: Date.now() };
  await browser.storage.local.set({ [REPORT_KEY]: report });
  return report;
}
