import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Native onnxruntime and child processes are safer in forks than threads.
    pool: 'forks',
    reporters: ['default'],
    // GitHub's workflow parser imports its schema JSON without an import attribute, which Node
    // refuses: let Vite transform it (the workflow harness and the workflow parse test use it).
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
})
