import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built extension in real Chromium. One file at a time (2 cores). */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
