/**
 * Calm pages, the part CSS cannot do (WCAG 2.2.2): media that plays by itself is
 * paused. While calm pages is on, a video or audio element that starts playing
 * without a user's gesture (autoplay, or a page script calling play() on load) is
 * paused at once; a click on its play button still plays it. Switching calm pages on
 * pauses what is already playing by itself (autoplay, muted or looping: "GIF-like"
 * clips); switching it off (or readable mode off) plays those again. Nothing is added
 * to the page: the listener and the list of paused elements are all there is.
 */
export class CalmMedia {
  private readonly paused = new Set<HTMLMediaElement>();
  /** Media whose first play has been seen: only that one can be the autoplay. */
  private readonly seen = new WeakSet<HTMLMediaElement>();
  /** Set while calm: aborting it removes the listener. */
  private listening: AbortController | null = null;

  constructor(private readonly doc: Document) {}

  apply(calm: boolean): void {
    if (calm === (this.listening !== null)) return;
    if (calm) {
      this.listening = new AbortController();
      // `play` does not bubble: listen in the capture phase, for the whole document.
      this.doc.addEventListener('play', this.onPlay, {
        capture: true,
        signal: this.listening.signal,
      });
      for (const media of this.doc.querySelectorAll<HTMLMediaElement>('video, audio')) {
        if (media.paused) continue; // its autoplay, if any, is still to come
        this.seen.add(media);
        if (playsByItself(media)) this.pause(media);
      }
    } else {
      this.listening?.abort();
      this.listening = null;
      for (const media of this.paused) {
        // The browser may refuse (its own autoplay rules): the user can still press play.
        if (media.isConnected && media.paused) media.play().catch(() => undefined);
      }
      this.paused.clear();
    }
  }

  stop(): void {
    this.apply(false);
  }

  private readonly onPlay = (event: Event): void => {
    // Only <video> and <audio> have `play` events, but a page may dispatch its own.
    const media = event.target as HTMLMediaElement | null;
    if (media?.localName !== 'video' && media?.localName !== 'audio') return;
    // The first play of an element with `autoplay` is the autoplay itself, even if the
    // user happened to click somewhere on the page just before it started.
    const autoplay = media.autoplay && !this.seen.has(media);
    this.seen.add(media);
    // Any other play the user asked for (a click or key press just now) is theirs.
    if (!autoplay && this.doc.defaultView?.navigator.userActivation?.isActive) return;
    this.pause(media);
  };

  private pause(media: HTMLMediaElement): void {
    media.pause();
    this.paused.add(media);
  }
}

/** Media that is playing without having been asked: autoplay, muted, or looping. */
function playsByItself(media: HTMLMediaElement): boolean {
  return media.autoplay || media.muted || media.loop;
}
