/* global chrome */
// Test only (loaded beside Legible in Chromium by the read-aloud suite): a speech
// engine whose voices Chrome offers to the Web Speech API like any installed voice.
// It says nothing: it records each utterance and holds it "spoken" until the test calls
// finish(), so the test can look at the page while each sentence is being read.
globalThis.spoken = [];
globalThis.stops = 0;
let pending = null;

chrome.ttsEngine.onSpeak.addListener((utterance, options, sendTtsEvent) => {
  globalThis.spoken.push({
    text: utterance,
    voice: options.voiceName,
    lang: options.lang,
    rate: options.rate,
  });
  sendTtsEvent({ type: 'start', charIndex: 0 });
  pending = () => sendTtsEvent({ type: 'end', charIndex: utterance.length });
});

chrome.ttsEngine.onStop.addListener(() => {
  globalThis.stops += 1;
  pending = null;
});

/** Ends the utterance being spoken; false when there is none. */
globalThis.finish = () => {
  const end = pending;
  pending = null;
  end?.();
  return Boolean(end);
};
