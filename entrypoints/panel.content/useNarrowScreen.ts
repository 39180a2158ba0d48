/**
 * Whether the window is a phone's or a narrow one (600 px or less, as panel.css and
 * page-push.ts have it), followed as the window is resized or the phone turned: the
 * panel opens as one compact row there (CompactRow.tsx).
 */
import { useEffect, useState } from 'preact/hooks';
import { NARROW_MAX_PX } from '@/entrypoints/panel.content/page-push';

const NARROW_QUERY = `(max-width: ${NARROW_MAX_PX}px)`;

export function useNarrowScreen(): boolean {
  const [narrow, setNarrow] = useState(() => matchMedia(NARROW_QUERY).matches);
  useEffect(() => {
    const query = matchMedia(NARROW_QUERY);
    const follow = () => setNarrow(query.matches);
    const effect = new AbortController();
    query.addEventListener('change', follow, { signal: effect.signal });
    // A change between the first draw and this listener.
    follow();
    return () => effect.abort();
  }, []);
  return narrow;
}
