/**
 * The reading aids, shared by the on-page panel (behind its "Reading aids" button), the
 * popup and the options page: read aloud (not on the options page: no page to read
 * there), line length, reading guide, calm pages and own colours.
 */
import {
  CALM_CHOICES,
  calmPatch,
  calmValue,
  GUIDE_CHOICES,
  guidePatch,
  guideValue,
  LINE_LENGTH_CHOICES,
} from '@/components/reading-aids/aid-choices';
import { OwnColors } from '@/components/reading-aids/OwnColors';
import { ReadAloudControls } from '@/components/reading-aids/ReadAloudControls';
import { ChoiceGroup } from '@/components/controls/ChoiceGroup';
import type { Update } from '@/components/offered';
import type { Settings } from '@/settings/schema';

export interface ReadingAidsProps {
  readonly settings: Settings;
  readonly update: Update;
  /** Where the controls are: read aloud is offered where there is a page to read. */
  readonly place: 'panel' | 'popup' | 'options';
}

export function ReadingAids({ settings, update, place }: ReadingAidsProps) {
  return (
    <>
      {place !== 'options' && (
        <ReadAloudControls settings={settings} update={update} place={place} />
      )}
      <ChoiceGroup
        id="line-length"
        label="lineLength"
        choices={LINE_LENGTH_CHOICES}
        value={settings.lineLength}
        onChoose={(lineLength) => update({ lineLength })}
      />
      <ChoiceGroup
        id="reading-guide"
        label="readingGuide"
        choices={GUIDE_CHOICES}
        value={guideValue(settings)}
        onChoose={(value) => update(guidePatch(value))}
      />
      <ChoiceGroup
        id="calm-pages"
        label="calmPages"
        choices={CALM_CHOICES}
        value={calmValue(settings)}
        onChoose={(value) => update(calmPatch(value))}
      />
      <OwnColors settings={settings} update={update} />
    </>
  );
}
