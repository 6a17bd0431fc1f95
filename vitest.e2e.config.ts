import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built extension in Debian's Chromium. Run after `npm run build`. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
