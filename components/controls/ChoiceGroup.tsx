/**
 * A labelled group of mutually exclusive choices, as toggle buttons: each a real
 * <button> with aria-pressed, reachable with Tab, activated with Enter or Space.
 */
import type { ComponentChildren } from 'preact';
import type { Choice } from '@/components/controls/choices';
import { ControlGroup } from '@/components/controls/ControlGroup';
import { t, type MessageKey } from '@/utils/i18n';

export interface ChoiceGroupProps<T> {
  readonly id: string;
  readonly label: MessageKey;
  readonly choices: readonly Choice<T>[];
  /** The current choice; undefined while it is not known yet (none shown pressed). */
  readonly value: T | undefined;
  readonly onChoose: (value: T) => void;
  /** Draws a choice's content; by default its label. */
  readonly render?: (choice: Choice<T>) => ComponentChildren;
}

export function ChoiceGroup<T>({
  id,
  label,
  choices,
  value,
  onChoose,
  render,
}: ChoiceGroupProps<T>) {
  return (
    <ControlGroup id={id} label={label}>
      {choices.map((choice) => (
        <button
          type="button"
          key={String(choice.value)}
          class="choice"
          data-value={String(choice.value)}
          aria-pressed={choice.value === value}
          onClick={() => onChoose(choice.value)}
        >
          {render ? render(choice) : t(choice.label)}
        </button>
      ))}
    </ControlGroup>
  );
}
