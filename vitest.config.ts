import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The CLI tests spawn node processes; give them room on a loaded 2-core machine.
    testTimeout: 30_000,
  },
});
