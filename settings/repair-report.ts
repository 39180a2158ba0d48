/**
 * What the background's repair of the stored settings leaves for the popup and the
 * options page (entrypoints/background/storage-repair.ts writes it): the problems it
 * found, to explain field by field. The originals it replaced are backups
 * (settings/backups.ts).
 */
import { browser } from 'wxt/browser';
import type { SettingsProblem } from '@/settings/repair';

export const REPORT_KEY = 'settingsReport';

export interface SettingsReport {
  readonly problems: readonly SettingsProblem[];
  readonly rewritten: boolean;
  readonly at: number;
}

export async function readSettingsReport(): Promise<SettingsReport | null> {
  const stored = await browser.storage.local.get(REPORT_KEY);
  return (stored[REPORT_KEY] as SettingsReport | undefined) ?? null;
}

export async function dismissSettingsReport(): Promise<void> {
  await browser.storage.local.remove(REPORT_KEY);
}
