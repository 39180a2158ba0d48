/**
 * The frame every control of the panel, popup and options page sits in: a group named
 * by its visible label (`<id>-label`), its controls in one wrapping row, and anything
 * that explains them (a status line, a warning) below the row.
 */
import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '@/utils/i18n';

export interface ControlGroupProps {
  readonly id: string;
  readonly label: MessageKey;
  /** A class for this group's own look, beside `group`. */
  readonly kind?: string;
  readonly children: ComponentChildren;
  /** Shown under the row of controls. */
  readonly below?: ComponentChildren;
}

export function ControlGroup({ id, label, kind, children, below }: ControlGroupProps) {
  return (
    <div class={kind ? `group ${kind}` : 'group'} role="group" aria-labelledby={`${id}-label`}>
      <span class="group-label" id={`${id}-label`}>
        {t(label)}
      </span>
      <div class="choices">{children}</div>
      {below}
    </div>
  );
}
