/**
 * A plain note, beside export and import, where `storage.sync` stays on this device
 * (Firefox for Android, settings/sync-reach.ts): the file is then the way to another one.
 */
import { useEffect, useState } from 'preact/hooks';
import { syncStaysOnDevice } from '@/settings/sync-reach';
import { t } from '@/utils/i18n';

export function SyncNote() {
  const [onDevice, setOnDevice] = useState(false);
  useEffect(() => {
    let current = true;
    void syncStaysOnDevice().then((answer) => current && setOnDevice(answer));
    return () => {
      current = false;
    };
  }, []);
  if (!onDevice) return null;
  return (
    <p class="notice" id="sync-on-device">
      {t('syncStaysOnDevice')}
    </p>
  );
}
