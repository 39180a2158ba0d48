// Unit tests: logic only, against WXT's fake browser. Real-browser tests live in
// tests/e2e and have their own config (vitest.e2e.config.ts).
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['{settings,features,engine,components,utils,entrypoints,scripts}/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/support/unit-setup.ts'],
    restoreMocks: true,
  },
});
