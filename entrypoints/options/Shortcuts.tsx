/** The keyboard shortcuts as the browser has them now, and where to change them. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';

export function Shortcuts() {
  const [commands, setCommands] = useState<Array<{ description: string; shortcut: string }>>([]);
  // Firefox for Android has no keyboard shortcuts (no `browser.commands`): none shown.
  const supported = browser.commands !== undefined;
  useEffect(() => {
    if (!supported) return;
    void browser.commands.getAll().then((all) =>
      setCommands(
        all
          .filter((command) => command.description)
          .map((command) => ({
            description: command.description ?? '',
            shortcut: command.shortcut ?? '',
          })),
      ),
    );
  }, []);
  if (!supported) return null;
  return (
    <section aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{t('optionsShortcuts')}</h2>
      <dl class="shortcuts">
        {commands.map(({ description, shortcut }) => (
          <div key={description}>
            <dt>{description}</dt>
            <dd>{shortcut ? <kbd>{shortcut}</kbd> : t('shortcutUnset')}</dd>
          </div>
        ))}
      </dl>
      <p class="hint">{t('shortcutsHow')}</p>
    </section>
  );
}
