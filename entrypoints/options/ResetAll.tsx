/** Reset to the defaults, after a confirmation in the page (no modal dialog to trap focus). */
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

export function ResetAll({ onReset }: { readonly onReset: () => Promise<void> }) {
  const [state, setState] = useState<'idle' | 'asking' | 'done'>('idle');
  if (state === 'asking') {
    return (
      <div role="group" aria-labelledby="reset-question" class="notice">
        <p id="reset-question">{t('resetConfirm')}</p>
        <button
          type="button"
          class="choice"
          id="reset-yes"
          onClick={() => void onReset().then(() => setState('done'))}
        >
          {t('resetYes')}
        </button>{' '}
        <button type="button" class="choice" onClick={() => setState('idle')}>
          {t('resetCancel')}
        </button>
      </div>
    );
  }
  return (
    <div>
      <button type="button" class="choice" id="reset" onClick={() => setState('asking')}>
        {t('optionsReset')}
      </button>
      {state === 'done' && <p role="status">{t('resetDone')}</p>}
    </div>
  );
}
