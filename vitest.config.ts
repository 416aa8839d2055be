import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Native onnxruntime and child processes are safer in forks than threads.
    pool: 'forks',
    reporters: ['default', './__tests__/support/skip-summary-reporter.ts'],
  },
})
