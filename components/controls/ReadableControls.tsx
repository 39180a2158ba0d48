/**
 * The readability controls shared by the on-page panel and the popup, in the portal
 * panel's order: font, font size, letter spacing, line spacing, colour scheme, images.
 */
import {
  FONT_CHOICES,
  IMAGE_CHOICES,
  LETTER_SPACING_CHOICES,
  LINE_SPACING_CHOICES,
  SCHEME_CHOICES,
  swatchColors,
  type Choice,
} from '@/components/controls/choices';
import { ChoiceGroup } from '@/components/controls/ChoiceGroup';
import { FontSizeControl } from '@/components/controls/FontSizeControl';
import type { Update } from '@/components/offered';
import type { ColorSchemeId, Settings } from '@/settings/schema';
import { t } from '@/utils/i18n';

function Swatch({ value, label }: Choice<ColorSchemeId>) {
  const colors = swatchColors(value);
  return (
    <span
      class={colors ? 'swatch' : 'swatch own'}
      title={t(label)}
      style={colors ? { color: colors.text, background: colors.background } : undefined}
    >
      <span aria-hidden="true">А</span>
      <span class="visually-hidden">{t(label)}</span>
    </span>
  );
}

export interface ReadableControlsProps {
  /** Null while the settings are not known yet: the controls, none of them pressed. */
  readonly settings: Settings | null;
  readonly update: Update;
}

export function ReadableControls({ settings, update }: ReadableControlsProps) {
  return (
    <>
      <ChoiceGroup
        id="font"
        label="panelFont"
        choices={FONT_CHOICES}
        value={settings?.fontFamily}
        onChoose={(fontFamily) => update({ fontFamily })}
      />
      <FontSizeControl
        scale={settings?.fontScale}
        onChange={(fontScale) => update({ fontScale })}
      />
      <ChoiceGroup
        id="letter-spacing"
        label="panelLetterSpacing"
        choices={LETTER_SPACING_CHOICES}
        value={settings?.letterSpacing}
        onChoose={(letterSpacing) => update({ letterSpacing })}
      />
      <ChoiceGroup
        id="line-spacing"
        label="panelLineSpacing"
        choices={LINE_SPACING_CHOICES}
        value={settings?.lineHeight}
        onChoose={(lineHeight) => update({ lineHeight })}
      />
      <ChoiceGroup
        id="scheme"
        label="panelColorScheme"
        choices={SCHEME_CHOICES}
        value={settings?.colorScheme}
        onChoose={(colorScheme) => update({ colorScheme })}
        render={Swatch}
      />
      <ChoiceGroup
        id="images"
        label="panelImages"
        choices={IMAGE_CHOICES}
        value={settings?.images}
        onChoose={(images) => update({ images })}
      />
    </>
  );
}
