/**
 * The panel on a phone or in a narrow window (600 px or less): one row of what a reader
 * changes most, A−, A+ and the colour scheme, and "More", which shows the whole panel
 * below it and hides it again (or Escape does). Each target is at least 44 × 44 px
 * there (controls.css, WCAG 2.5.5). Whether "More" is open is this page's alone, not a
 * setting: every page opens compact, so the page keeps most of a small screen.
 */
import type { Ref } from 'preact';
import { FontStepButton, sizePercent } from '@/components/controls/FontSizeControl';
import { SchemeSelect } from '@/components/controls/SchemeSelect';
import type { Update } from '@/components/offered';
import type { Settings } from '@/settings/schema';
import { t } from '@/utils/i18n';

/** The id of what "More" shows and hides. */
export const MORE_ID = 'panel-more';

export interface CompactRowProps {
  readonly settings: Settings;
  readonly update: Update;
  readonly expanded: boolean;
  readonly onMore: () => void;
  readonly moreButton: Ref<HTMLButtonElement>;
}

export function CompactRow({ settings, update, expanded, onMore, moreButton }: CompactRowProps) {
  const scale = settings.fontScale;
  const onSize = (fontScale: number) => update({ fontScale });
  return (
    <div class="compact-row">
      <FontStepButton scale={scale} onChange={onSize} step={-1} />
      <FontStepButton scale={scale} onChange={onSize} step={1} />
      {/* What the full panel's size figure says, for those who hear rather than see it. */}
      <output class="visually-hidden" aria-live="polite">
        {t('fontSizeValue', [sizePercent(scale)])}
      </output>
      <SchemeSelect
        value={settings.colorScheme}
        onChoose={(colorScheme) => update({ colorScheme })}
      />
      <button
        type="button"
        class="choice"
        data-action="more"
        aria-expanded={expanded}
        aria-controls={MORE_ID}
        ref={moreButton}
        onClick={onMore}
      >
        {t('panelMore')}
      </button>
    </div>
  );
}
