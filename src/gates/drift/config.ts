import type { Ssot } from '../../ssot/ssot.js'

/** The statistical tests a column can name (one file each under src/drift-tests/). */
export type DriftTest = 'ks' | 'wasserstein' | 'chisquare' | 'z' | 'jensenshannon' | 'psi'

/** `ssot/drift.json`, as validated by `ssot/schemas/drift.schema.json`. */
export interface DriftConfig {
  datasetDriftShare?: number
  test?: DriftTest
  columns?: Record<string, { test?: DriftTest; threshold?: number; ignore?: boolean }>
  ignoreColumns?: string[]
  freeze?: boolean
  retrain?: { workflow: string; ref?: string; consecutiveRuns?: number }
}

/** Evidently's default thresholds: p-values at 0.05, distances at 0.1. */
export const DEFAULT_THRESHOLD: Record<DriftTest, number> = {
  ks: 0.05,
  chisquare: 0.05,
  z: 0.05,
  wasserstein: 0.1,
  jensenshannon: 0.1,
  psi: 0.1,
}

/** Tests that return a p-value (drift when small) rather than a distance (drift when large). */
export const P_VALUE_TESTS: ReadonlySet<DriftTest> = new Set(['ks', 'chisquare', 'z'])

export const DEFAULT_DATASET_SHARE = 0.5
export const DEFAULT_CONSECUTIVE_RUNS = 3

/** ssot/drift.json when there is one, else Evidently's defaults (an empty config). */
export async function loadDriftConfig(ssot: Ssot): Promise<DriftConfig> {
  return ssot.has('drift.json') ? ssot.json<DriftConfig>('drift.json', 'drift') : {}
}
