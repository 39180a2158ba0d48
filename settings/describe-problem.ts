/**
 * Words for a settings problem and for a problem of an administrator's policy, in the
 * user's language, for the popup and options page.
 */
import type { PolicyProblem } from '@/settings/managed-policy';
import type { SettingsProblem } from '@/settings/repair';
import type { SettingsField } from '@/settings/schema';
import { t, type MessageKey } from '@/utils/i18n';

/** The name of each field, as the messages about it say it. */
export const FIELD_LABELS: Record<SettingsField, MessageKey> = {
  version: 'fieldVersion',
  enabled: 'fieldEnabled',
  fontFamily: 'fieldFontFamily',
  fontScale: 'fieldFontScale',
  letterSpacing: 'fieldLetterSpacing',
  wordSpacing: 'fieldWordSpacing',
  lineHeight: 'fieldLineHeight',
  paragraphSpacing: 'fieldParagraphSpacing',
  colorScheme: 'fieldColorScheme',
  images: 'fieldImages',
  panel: 'fieldPanel',
  panelCollapsed: 'fieldPanelCollapsed',
  panelAids: 'fieldPanelAids',
  lineLength: 'fieldLineLength',
  readingGuide: 'fieldReadingGuide',
  readingGuideHeight: 'fieldReadingGuideHeight',
  customColors: 'fieldCustomColors',
  customText: 'fieldCustomText',
  customBackground: 'fieldCustomBackground',
  customLink: 'fieldCustomLink',
  calmPages: 'fieldCalmPages',
  hideEmbeds: 'fieldHideEmbeds',
  speechRate: 'fieldSpeechRate',
  speechVoices: 'fieldSpeechVoices',
};

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  // A huge wrong value must not flood the popup; the backup keeps it whole.
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** Null for problems that the report states once rather than per field. */
export function describeProblem(problem: SettingsProblem): string | null {
  const field = problem.field ? t(FIELD_LABELS[problem.field]) : '';
  const args = [field, show(problem.was), show(problem.now)];
  switch (problem.kind) {
    case 'out-of-range':
      return t('problemOutOfRange', args);
    case 'unknown-id':
      return t('problemUnknownId', args);
    case 'wrong-type':
      return t('problemWrongType', args);
    case 'bad-version':
      return t('problemBadVersion', args);
    case 'not-an-object':
      return t('problemNotAnObject');
    case 'newer-version':
      return null;
  }
}

/** What an administrator should know of their policy, in the user's language. */
export function describePolicyProblem({ kind, part, entry }: PolicyProblem): string {
  if (kind === 'read-as-list') return t('policyReadAsList', [part, entry ?? '']);
  return entry === null
    ? t('policyLeftOutPart', [part])
    : t('policyLeftOutEntry', [part, show(entry)]);
}
