/**
 * The modules that define each CSV range task (see csv/range-workers.ts), loaded
 * on demand in a worker thread: the bundle's entry imports the rest of the
 * program lazily, so a worker loads only these (and their imports) instead of
 * the whole Action. The table lives at the top of the layers so that the CSV
 * reader, at the bottom, never imports a gate.
 */
export const RANGE_TASK_MODULES: Readonly<Record<string, () => Promise<unknown>>> = {
  G0: () => import('./gates/g0/parallel.js'),
  holdout: () => import('./gates/g1/holdout.js'),
  'drift-table': () => import('./gates/drift/window.js'),
  'shadow-log': () => import('./gates/g4/log.js'),
}
