/**
 * The messages between read aloud's controls (panel, popup, keyboard command) and the
 * speech script in the page. A control sends a `SpeechRequest` to the tab (the popup
 * and the background with tabs.sendMessage, the panel through the background) and gets
 * the state back; the speech script announces each change of state with a
 * `SpeechStateMessage` to the extension (the popup hears it directly; the background
 * passes it on to the tab, for the panel).
 */

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
