import { readFileSync } from 'node:fs'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [
    {
      // The workflow parser ships source maps without their sources: load it without them, so
      // Vite does not warn about every one of its files.
      name: 'workflow-parser-without-source-maps',
      enforce: 'pre',
      load(id) {
        if (!/[\\/]@actions[\\/](workflow-parser|expressions)[\\/].*\.js$/.test(id)) return null
        return readFileSync(id, 'utf8').replace(/^\/\/# sourceMappingURL=.*$/m, '')
      },
    },
  ],
  test: {
    include: ['__tests__/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Native onnxruntime and child processes are safer in forks than threads.
    pool: 'forks',
    reporters: ['default', './__tests__/support/skip-summary-reporter.ts'],
    // GitHub's workflow parser imports its schema JSON without an import attribute, which Node
    // refuses: let Vite transform it (the workflow harness and the workflow parse test use it).
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
})
