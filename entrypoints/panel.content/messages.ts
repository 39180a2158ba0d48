/** The one message the background sends the panel: the keyboard shortcut's "focus the panel". */
export const FOCUS_PANEL_MESSAGE = 'legible:focus-panel';
