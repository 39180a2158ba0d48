// Lets the Node scripts (npm start, the screenshot) run TypeScript with the @/ alias.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('..', import.meta.url)) } },
});
