/**
 * Read aloud: the page's text, sentence by sentence, in the voice of each sentence's
 * language, with the sentence being read highlighted. It has its own script
 * (entrypoints/speech.content/), brought into a tab only when asked for: nothing of it
 * runs on every page, so this definition imports none of its parts.
 */
import type { Feature } from '@/features/feature';

export const readAloud: Feature = {
  id: 'read-aloud',
  fields: ['speechRate', 'speechVoices'],
  labels: ['speechHeading'],
  entrypoint: 'speech.content',
};
