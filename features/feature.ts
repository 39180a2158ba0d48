/**
 * A readability feature: one setting's effect on the page, as CSS. Features export a
 * definition and the engine composes them; none registers itself on import.
 */
import type { Settings } from '@/settings/schema';

export interface Feature {
  /** The settings field the feature applies. */
  readonly id: string;
  /** The CSS for these settings, or "" when the feature leaves the page alone. */
  css(settings: Settings): string;
}
