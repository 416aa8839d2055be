import { defineConfig } from 'vitest/config'

/** `npm run bench:drift-quality`: the drift detection benchmark at every size (see bench/drift-quality-sizes.test.ts). */
export default defineConfig({
  test: { include: ['bench/drift-quality-sizes.test.ts'], testTimeout: 1_800_000, pool: 'forks' },
})
