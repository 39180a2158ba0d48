// Lint for correctness and for the boundaries between the places code runs. Imports run
// one way: utils <- settings <- features <- engine <- entry points, and components (the
// shared UI) <- the UI entry points. The every-page content script must not pull in UI
// or background code (Dark Reader's rule), and no entry point imports another's files:
// what two of them share lives in one of the shared folders.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const ENTRYPOINTS = [
  'background',
  'content',
  'panel.content',
  'reading-aids.content',
  'speech.content',
  'reading-guide.content',
  'calm-pages.content',
  'popup',
  'options',
];
const folder = (name) => [`@/${name}`, `@/${name}/*`];
const entrypoint = (name) => folder(`entrypoints/${name}`);
const otherEntrypoints = (name) =>
  ENTRYPOINTS.filter((other) => other !== name).flatMap(entrypoint);

const RELATIVE = { group: ['../*'], message: 'Import with the @/ alias.' };
const UI = [...folder('components'), 'preact', 'preact/*'];
// Settings reach storage through the store (settings/settings-store.ts), never around it.
const RAW_WRITE = {
  name: '@/settings/storage-areas',
  importNames: ['writeRawSettings'],
  message: 'Write settings through SettingsStore.',
};

/** `no-restricted-imports` for `files`: relative imports and `groups` ({ message: patterns }). */
function boundary(files, groups, { rawWrite = true } = {}) {
  const patterns = Object.entries(groups).map(([message, group]) => ({ group, message }));
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [RELATIVE, ...patterns], paths: rawWrite ? [RAW_WRITE] : [] },
      ],
    },
  };
}

const PAGE_SIDE = {
  'Code that runs in pages loads no UI.': UI,
  'Page code does not reach into the entry points.': folder('entrypoints'),
};

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', '.tmp/', 'node_modules/', 'demo/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  boundary(['**/*.{ts,tsx,js}'], {}),
  boundary(['utils/**'], {
    'utils/ holds what every context may import: it imports no other folder.': [
      ...folder('settings'),
      ...folder('features'),
      ...folder('engine'),
      ...folder('components'),
      ...folder('entrypoints'),
    ],
  }),
  boundary(
    ['settings/**'],
    {
      'settings/ is the format and its storage: it knows no feature, page or UI.': [
        ...folder('features'),
        ...folder('engine'),
        ...folder('components'),
        ...folder('entrypoints'),
      ],
    },
    { rawWrite: false },
  ),
  boundary(['features/**'], { ...PAGE_SIDE, 'Features are run by the engine.': folder('engine') }),
  boundary(['engine/**'], PAGE_SIDE),
  boundary(['components/**'], {
    'Shared UI talks to other contexts through storage and messages.': [
      ...folder('entrypoints'),
      ...folder('engine'),
    ],
  }),
  ...ENTRYPOINTS.map((name) =>
    boundary([`entrypoints/${name}/**`], {
      'One entry point does not import another: shared code lives in a shared folder.':
        otherEntrypoints(name),
      ...([
        'background',
        'content',
        'speech.content',
        'reading-guide.content',
        'calm-pages.content',
      ].includes(name) && {
        'This context has no UI.': UI,
      }),
    }),
  ),
  {
    // Legible's content-script context (utils/content-script-context.ts) is WXT's API but
    // for the timers and listeners WXT's wraps, which nothing used: the type still offers them.
    files: ['entrypoints/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "MemberExpression[object.name='ctx'][property.name=/^(block|setInterval|setTimeout|requestAnimationFrame|requestIdleCallback|addEventListener)$/]",
          message:
            "Legible's context has no timers or listeners of its own: use ctx.onInvalidated or ctx.signal.",
        },
      ],
    },
  },
  {
    // Tests index into arrays they have just checked; `!` there is clearer than a guard.
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['scripts/**', 'tests/**', '*.config.*'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
