/** Preact hooks over the settings store: the UI re-renders whenever the settings change. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { describePolicyProblem, describeProblem } from '@/settings/describe-problem';
import { inspectManagedPolicy } from '@/settings/managed-policy';
import { repairSettings } from '@/settings/repair';
import { REPORT_KEY, readSettingsReport, type SettingsReport } from '@/settings/repair-report';
import type { LoadedSettings, SettingsStore } from '@/settings/settings-store';
import { listen } from '@/utils/listen';

export function useSettings(store: SettingsStore): LoadedSettings | null {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    store.watch(setLoaded, { signal: controller.signal });
    return () => controller.abort();
  }, [store]);
  return loaded;
}

/** The background's last report on repaired stored settings, kept live. */
export function useSettingsReport(): SettingsReport | null {
  const [report, setReport] = useState<SettingsReport | null>(null);
  useEffect(() => {
    const effect = new AbortController();
    const { signal } = effect;
    const refresh = () =>
      void readSettingsReport().then((report) => !signal.aborted && setReport(report));
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && REPORT_KEY in changes) refresh();
    };
    refresh();
    listen(browser.storage.onChanged, onChanged, signal);
    return () => effect.abort();
  }, []);
  return report;
}

/**
 * What could not be read of an administrator's policy, as lines to show: its parts and
 * entries left out, and its settings' values repaired. Empty without a policy.
 */
export function usePolicyProblems(): readonly string[] {
  const [lines, setLines] = useState<readonly string[]>([]);
  useEffect(() => {
    const effect = new AbortController();
    const { signal } = effect;
    const refresh = () =>
      void inspectManagedPolicy().then(({ policy, problems }) => {
        if (signal.aborted) return;
        const values = policy?.settings ? repairSettings(policy.settings).problems : [];
        const described = values.map(describeProblem).filter((line) => line !== null);
        setLines([...problems.map(describePolicyProblem), ...described]);
      });
    refresh();
    listen(
      browser.storage.onChanged,
      (_changes: Record<string, unknown>, area: string) => area === 'managed' && refresh(),
      signal,
    );
    return () => effect.abort();
  }, []);
  return lines;
}
