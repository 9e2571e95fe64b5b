// Unit tests: core, page (jsdom), db (fake-indexeddb), messaging and the background's handlers.
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['{core,page,db,messaging,platform,components,entrypoints,scripts}/**/*.test.{ts,tsx}'],
    exclude: ['**/*.shared.test.ts', 'node_modules/**'],
    environment: 'node',
    // CI has 2 cores shared with the browsers' tests: give slow-but-correct tests room.
    testTimeout: 30_000,
  },
});
