/**
 * The registry: every readability feature Legible has, one entry per file or folder in
 * features/. The engine composes the page's CSS and runs the page parts from this list;
 * features/conventions.test.ts checks that nothing in features/ is left out of it and
 * that every settings field has its feature.
 *
 * The order is the cascade's: within each sheet, a later feature's rule wins a tie.
 */
import { calmPages } from '@/features/calm-pages/calm-pages';
import { colorScheme } from '@/features/color-scheme/color-scheme';
import type { Feature } from '@/features/feature';
import { fontFamily } from '@/features/font-family/font-family';
import { fontScale } from '@/features/font-scale';
import { images } from '@/features/images';
import { lineLength } from '@/features/line-length';
import { readAloud } from '@/features/read-aloud/read-aloud';
import { readingGuide } from '@/features/reading-guide';
import { textLayout } from '@/features/text-layout';
import { textSpacing } from '@/features/text-spacing';

export const FEATURES: readonly Feature[] = [
  fontFamily,
  colorScheme,
  textSpacing,
  fontScale,
  images,
  textLayout,
  lineLength,
  calmPages,
  readingGuide,
  readAloud,
];
