import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // Builds and Chromium share two cores: one test file at a time keeps timings sane.
    fileParallelism: false,
    // Tests marked concurrent (pages in Chromium, builds of fixture copies) run two at a time: more were slower.
    maxConcurrency: 2,
    // Fixture builds take tens of seconds on a busy machine; a hang still fails, a slow build does not.
    testTimeout: 240_000,
    hookTimeout: 600_000,
    reporters: ['default'],
  },
});
