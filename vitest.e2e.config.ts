// End-to-end tests: the built extension in real Chromium and Firefox ESR, pages served on 127.0.0.1.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    maxWorkers: 1,
    // Real browsers on a shared 2-core machine occasionally lose a race with the DevTools/BiDi connection; a test
    // that fails twice still fails (retries show in the JSON report).
    retry: 1,
  },
});
