// Lint for correctness and for the boundaries between the places code runs: the
// every-page content script must not pull in UI or background code (Dark Reader's rule).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const uiOnly = [
  '@/components/*',
  '@/entrypoints/popup/*',
  '@/entrypoints/options/*',
  'preact',
  'preact/*',
];
const backgroundOnly = ['@/entrypoints/background', '@/settings/repair-stored'];

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
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../*'], message: 'Import with the @/ alias.' }] },
      ],
    },
  },
  {
    // The content script and everything it runs: no UI framework, no background code.
    files: ['entrypoints/content/**', 'entrypoints/speech.content/**', 'engine/**', 'features/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../*'], message: 'Import with the @/ alias.' },
            { group: uiOnly, message: 'The content script must not load UI code.' },
            { group: backgroundOnly, message: 'Background code stays in the background.' },
          ],
        },
      ],
    },
  },
  {
    files: ['entrypoints/background/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: uiOnly, message: 'The background has no UI.' }] },
      ],
    },
  },
  {
    files: ['components/**', 'entrypoints/popup/**', 'entrypoints/options/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/entrypoints/content/*', '@/entrypoints/background'],
              message: 'UI talks to other contexts through storage.',
            },
          ],
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
