/**
 * Whether `storage.sync` reaches the reader's other devices. Firefox for Android keeps
 * the area, but only on the device: it is never sent to the Mozilla account (MDN
 * browser-compat-data, storage.sync on firefox_android; https://bugzil.la/1625257).
 * There the options page says so, and points to export and import instead.
 */
import { browser } from 'wxt/browser';

/** True where sync stays on this device (Firefox for Android); false where unknown. */
export async function syncStaysOnDevice(): Promise<boolean> {
  try {
    const { os } = await browser.runtime.getPlatformInfo();
    return os === 'android';
  } catch {
    // A browser that cannot say its platform is taken at its word that sync syncs.
    return false;
  }
}
