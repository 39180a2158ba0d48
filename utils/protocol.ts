/**
 * Every runtime message between Legible's contexts, with its guard. Storage is the one
 * way settings come in; the one way they go out is the background, which alone writes
 * them (settings/sync-writer.ts):
 * - `SettingsChangeMessage`: a context (panel, popup, options) sends the background the
 *   change the user made: the fields, the site choices (`null`: back to "use my
 *   settings"), or (`flush`) a request to write what is queued now. The panel, in an
 *   untrusted page, sends the fields alone: the background writes them for its site.
 * The others are commands:
 * - `ReadingGuideWantedMessage`: the content script of a top frame where the reading
 *   guide is on asks the background to bring the guide's script into that frame;
 * - `CalmPagesWantedMessage`: the content script of a frame where calm pages is on,
 *   and its script is not yet there, asks the background to bring it into that frame;
 * - `CommandMessage`: Legible's own pages (and the tests) run a keyboard command in the
 *   background, as the shortcut would;
 * - `FocusPanelMessage`: the background asks the panel in the active tab to take focus;
 * - `SpeechRequest` / `SpeechStateMessage`: read aloud's controls (panel, popup,
 *   keyboard command) and the speech script in the page. A control sends a request to
 *   the tab (the popup and the background with tabs.sendMessage, the panel through the
 *   background) and gets the state back; the speech script announces each change of
 *   state to the extension (the popup hears it directly; the background passes it on
 *   to the tab, for the panel);
 * - `LoadReadingAidsMessage`: the panel asks the background to bring the reading aids'
 *   script into its tab (entrypoints/background/reading-aids-loader.ts).
 */

export const SETTINGS_CHANGE_MESSAGE = 'legible:settings-change';

export interface SettingsChangeMessage {
  readonly type: typeof SETTINGS_CHANGE_MESSAGE;
  readonly settings?: Readonly<Record<string, unknown>>;
  /** Host → its new entry (`0` off, or its own fields), or `null` for none. */
  readonly sites?: Readonly<Record<string, unknown>>;
  readonly flush?: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isSettingsChangeMessage(message: unknown): message is SettingsChangeMessage {
  if (!isRecord(message) || message.type !== SETTINGS_CHANGE_MESSAGE) return false;
  const { settings, sites, flush } = message;
  const siteEntries = isRecord(sites) ? Object.values(sites) : [];
  return (
    (settings === undefined || isRecord(settings)) &&
    (sites === undefined || isRecord(sites)) &&
    siteEntries.every((entry) => entry === null || entry === 0 || isRecord(entry)) &&
    (flush === undefined || typeof flush === 'boolean')
  );
}

/** A message's `type`, whatever the message is (null, a string, a page's forgery). */
const typeOf = (message: unknown): unknown => (message as { type?: unknown } | null)?.type;

export const PAGE_COPY_WANTED_MESSAGE = 'legible:page-copy-wanted';

export interface PageCopyWantedMessage {
  readonly type: typeof PAGE_COPY_WANTED_MESSAGE;
}

export function isPageCopyWantedMessage(message: unknown): message is PageCopyWantedMessage {
  return typeOf(message) === PAGE_COPY_WANTED_MESSAGE;
}

export const READING_GUIDE_WANTED_MESSAGE = 'legible:reading-guide-wanted';

export interface ReadingGuideWantedMessage {
  readonly type: typeof READING_GUIDE_WANTED_MESSAGE;
}

export function isReadingGuideWantedMessage(
  message: unknown,
): message is ReadingGuideWantedMessage {
  return typeOf(message) === READING_GUIDE_WANTED_MESSAGE;
}

export const CALM_PAGES_WANTED_MESSAGE = 'legible:calm-pages-wanted';

export interface CalmPagesWantedMessage {
  readonly type: typeof CALM_PAGES_WANTED_MESSAGE;
}

export function isCalmPagesWantedMessage(message: unknown): message is CalmPagesWantedMessage {
  return typeOf(message) === CALM_PAGES_WANTED_MESSAGE;
}

/** The keyboard shortcuts (manifest `commands`, wxt.config.ts). */
export const COMMANDS = ['toggle-readable-mode', 'focus-panel', 'read-aloud'] as const;
export type Command = (typeof COMMANDS)[number];
export const COMMAND_MESSAGE = 'legible:command';

export interface CommandMessage {
  readonly type: typeof COMMAND_MESSAGE;
  readonly command: Command;
}

export function isCommand(value: unknown): value is Command {
  return (COMMANDS as readonly unknown[]).includes(value);
}

export function isCommandMessage(message: unknown): message is CommandMessage {
  const { type, command } = (message ?? {}) as { type?: unknown; command?: unknown };
  return type === COMMAND_MESSAGE && isCommand(command);
}

export const FOCUS_PANEL_MESSAGE = 'legible:focus-panel';

export interface FocusPanelMessage {
  readonly type: typeof FOCUS_PANEL_MESSAGE;
}

export function isFocusPanelMessage(message: unknown): message is FocusPanelMessage {
  return typeOf(message) === FOCUS_PANEL_MESSAGE;
}

export const SPEECH_REQUEST = 'legible:speech';
export const SPEECH_STATE = 'legible:speech-state';

export const SPEECH_ACTIONS = ['play', 'pause', 'resume', 'stop', 'toggle', 'status'] as const;
export type SpeechAction = (typeof SPEECH_ACTIONS)[number];

export interface SpeechRequest {
  readonly type: typeof SPEECH_REQUEST;
  readonly action: SpeechAction;
}

export type SpeechStatus = 'idle' | 'speaking' | 'paused' | 'no-voice' | 'nothing' | 'error';

export interface VoiceInfo {
  readonly uri: string;
  readonly name: string;
  /** Speaks through a remote service: the text is sent to its provider. */
  readonly online: boolean;
}

export interface SpeechState {
  readonly status: SpeechStatus;
  /** The sentence being read (0-based) and how many there are; 0 and 0 when idle. */
  readonly index: number;
  readonly count: number;
  /** The language being read, or the page's when idle: the voices below are for it. */
  readonly lang: string;
  readonly voices: readonly VoiceInfo[];
  /** The voice used for `lang` (null: none on this computer). */
  readonly voice: string | null;
}

export interface SpeechStateMessage {
  readonly type: typeof SPEECH_STATE;
  readonly state: SpeechState;
}

export function isSpeechRequest(message: unknown): message is SpeechRequest {
  const { type, action } = (message ?? {}) as { type?: unknown; action?: unknown };
  return type === SPEECH_REQUEST && (SPEECH_ACTIONS as readonly unknown[]).includes(action);
}

export function isSpeechStateMessage(message: unknown): message is SpeechStateMessage {
  const { type, state } = (message ?? {}) as { type?: unknown; state?: unknown };
  return type === SPEECH_STATE && typeof state === 'object' && state !== null;
}

export const LOAD_READING_AIDS = 'legible:load-reading-aids';

export interface LoadReadingAidsMessage {
  readonly type: typeof LOAD_READING_AIDS;
}

export function isLoadReadingAidsMessage(message: unknown): message is LoadReadingAidsMessage {
  return typeOf(message) === LOAD_READING_AIDS;
}
