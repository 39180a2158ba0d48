/**
 * The panel's reading-aids row, loaded when it is first shown (load-aids.ts): a short
 * loading line until the aids' script is there, then the row it draws, in place, inside
 * the same shadow root (so under the same guard against made-up events). The panel keeps
 * the row's frame, its name and id, so the "Reading aids" button controls the same
 * group throughout.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { AidsRow, AidsRowProps } from '@/components/reading-aids/shared-world';
import type { LoadAidsRow } from '@/entrypoints/panel.content/load-aids';
import { t } from '@/utils/i18n';

export interface LazyReadingAidsProps extends AidsRowProps {
  readonly load: LoadAidsRow;
}

export function LazyReadingAids({ settings, update, load }: LazyReadingAidsProps) {
  const [row, setRow] = useState<AidsRow | 'loading' | 'failed'>('loading');
  // The row's own element: its children are the aids' script's, never this tree's.
  const into = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let wanted = true;
    load().then(
      (loaded) => wanted && setRow(loaded),
      () => wanted && setRow('failed'),
    );
    return () => {
      wanted = false;
    };
  }, [load]);

  // Every time the panel draws: the row follows the settings at once.
  useLayoutEffect(() => {
    if (typeof row === 'object' && into.current) row.draw(into.current, { settings, update });
  });

  // A layout effect, as the drawing is: it is in place the moment the row is drawn.
  useLayoutEffect(() => {
    const element = into.current;
    if (typeof row !== 'object' || !element) return undefined;
    return () => row.clear(element);
  }, [row]);

  return (
    <div
      class="aids"
      id="reading-aids"
      role="group"
      aria-label={t('readingAids')}
      aria-busy={row === 'loading'}
    >
      {row === 'loading' && (
        <p class="aids-status" role="status">
          {t('readingAidsLoading')}
        </p>
      )}
      {row === 'failed' && (
        <p class="aids-status" role="alert">
          {t('readingAidsFailed')}
        </p>
      )}
      <div class="aids-row" ref={into} />
    </div>
  );
}
