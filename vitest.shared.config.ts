// Tests that read the material in ../shared (real pages, official lists, standards, baselines).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.shared.test.ts'],
    exclude: ['node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
