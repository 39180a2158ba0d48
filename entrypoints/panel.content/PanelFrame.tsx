/**
 * The panel's frame, the labelled region its controls sit in. Wider than 600 px: the
 * whole panel, as the portals have it. On a phone or in a narrow window: the compact row
 * (CompactRow.tsx), and the whole panel below it only while "More" is open; Escape,
 * from anywhere in it, closes it and goes back to "More". It follows the window as it
 * is resized or turned (useNarrowScreen.ts).
 */
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { Update } from '@/components/offered';
import { CompactRow, MORE_ID } from '@/entrypoints/panel.content/CompactRow';
import { useNarrowScreen } from '@/entrypoints/panel.content/useNarrowScreen';
import type { Settings } from '@/settings/schema';
import { t } from '@/utils/i18n';

export interface PanelFrameProps {
  readonly settings: Settings;
  readonly update: Update;
  /** The whole panel. */
  readonly children: ComponentChildren;
}

export function PanelFrame({ settings, update, children }: PanelFrameProps) {
  const narrow = useNarrowScreen();
  const [more, setMore] = useState(false);
  const moreButton = useRef<HTMLButtonElement>(null);
  if (!narrow) {
    return (
      <div class="panel" role="region" aria-label={t('panelLabel')}>
        {children}
      </div>
    );
  }
  const closeMore = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !more) return;
    setMore(false);
    moreButton.current?.focus();
  };
  return (
    <div class="panel narrow" role="region" aria-label={t('panelLabel')} onKeyDown={closeMore}>
      <CompactRow
        settings={settings}
        update={update}
        expanded={more}
        onMore={() => setMore(!more)}
        moreButton={moreButton}
      />
      {more && (
        <div class="more" id={MORE_ID}>
          {children}
        </div>
      )}
    </div>
  );
}
