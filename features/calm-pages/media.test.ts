// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CalmMedia } from '@/features/calm-pages/media';

/** A <video> whose play state the test controls (happy-dom plays nothing). */
function video(attributes: string): HTMLVideoElement {
  document.body.insertAdjacentHTML('beforeend', `<video ${attributes}></video>`);
  const element = document.body.lastElementChild as HTMLVideoElement;
  let paused = true;
  Object.defineProperty(element, 'paused', { get: () => paused });
  element.pause = vi.fn(() => void (paused = true));
  element.play = vi.fn(() => {
    paused = false;
    element.dispatchEvent(new Event('play'));
    return Promise.resolve();
  });
  return element;
}

function activation(isActive: boolean): void {
  Object.defineProperty(navigator, 'userActivation', {
    configurable: true,
    value: { isActive, hasBeenActive: isActive },
  });
}

describe('calm media', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('pauses what plays by itself when switched on, and plays it again when off', () => {
    activation(false);
    const clip = video('autoplay muted loop');
    const podcast = video('controls');
    void clip.play();
    void podcast.play();
    const calm = new CalmMedia(document);
    calm.apply(true);
    expect(clip.paused).toBe(true);
    // Started by the user with sound and no autoplay: theirs to stop.
    expect(podcast.paused).toBe(false);
    calm.apply(false);
    expect(clip.paused).toBe(false);
  });

  it('stops a play without a user gesture, lets a user-started one play', () => {
    const clip = video('muted');
    const calm = new CalmMedia(document);
    calm.apply(true);
    activation(false);
    void clip.play();
    expect(clip.paused).toBe(true);
    activation(true);
    void clip.play();
    expect(clip.paused).toBe(false);
    calm.stop();
  });

  it('stops an autoplay even right after a click elsewhere, but not the replay the user asks for', () => {
    const clip = video('autoplay muted');
    const calm = new CalmMedia(document);
    calm.apply(true);
    activation(true);
    void clip.play(); // the autoplay, as the page loads
    expect(clip.paused).toBe(true);
    void clip.play(); // the user's play button
    expect(clip.paused).toBe(false);
    calm.stop();
  });

  it('stops listening when switched off', () => {
    const clip = video('autoplay');
    const calm = new CalmMedia(document);
    calm.apply(true);
    calm.apply(false);
    activation(false);
    void clip.play();
    expect(clip.paused).toBe(false);
  });
});
