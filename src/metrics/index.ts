/**
 * G1 metrics, defined to match scikit-learn 1.9 (see docs/metrics.md and the
 * parity tests), one module per kind: regression, classification, ranking
 * and calibration, over the shared index and weight conventions of common.ts.
 */
export { DTYPE_EPS } from './common.js'
export type { Index, Weights } from './common.js'
export { bias, coverage, intervalWidth, mae, mape, maxError, r2, rmse } from './regression.js'
export {
  accuracy,
  argmax,
  balancedAccuracy,
  confusionMatrix,
  indicator,
  prf,
  topClass,
} from './classification.js'
export type { Average, PrfMetric } from './classification.js'
export { averagePrecision, firstBadRowSum, rocAuc, rocAucOvr } from './ranking.js'
export { brier, calibrationCurve, ece, logLoss, reliabilityBins } from './calibration.js'
