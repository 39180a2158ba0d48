/**
 * The reading aids, shared by the on-page panel (behind its "Reading aids" button) and
 * the popup: line length, reading guide, own colours, calm pages and read aloud.
 */
import {
  CALM_CHOICES,
  calmPatch,
  calmValue,
  GUIDE_CHOICES,
  guidePatch,
  guideValue,
  LINE_LENGTH_CHOICES,
} from '@/components/aids/aid-choices';
import { OwnColors } from '@/components/aids/OwnColors';
import { ReadAloudControls } from '@/components/aids/ReadAloudControls';
import { ChoiceGroup } from '@/components/panel/ChoiceGroup';
import type { KnownSettings, Settings } from '@/settings/schema';

export interface ReadingAidsProps {
  readonly settings: Settings;
  readonly update: (patch: Partial<KnownSettings>) => void;
  readonly place: 'panel' | 'popup';
}

export function ReadingAids({ settings, update, place }: ReadingAidsProps) {
  return (
    <>
      <ReadAloudControls settings={settings} update={update} place={place} />
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
