/**
 * Tells the user (and whoever set the computer up) which of an administrator's presets
 * could not be applied, and why: the rest of the policy still applies.
 */
import { t } from '@/utils/i18n';

export function PolicyNotice({ lines }: { readonly lines: readonly string[] }) {
  if (lines.length === 0) return null;
  return (
    <section class="notice" role="status" aria-labelledby="policy-problems-title">
      <h2 id="policy-problems-title">{t('policyProblemsTitle')}</h2>
      <ul id="policy-problems">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
