import { quantile } from '../stats/quantile.js'

/** How the gate measured a model on this runner: single-row latencies and batch throughput. */
export interface Operations {
  latencyMs: Float64Array
  warmup: number
  throughput: { rowsPerSecond: number; batchRows: number; repeats: number }
  /** onnxruntime intra-op threads asked for (0: onnxruntime's default). */
  intraOpThreads: number
  /** Rows per InferenceSession.run call when predicting the holdout. */
  batchSize: number
  /** Logical CPUs of the machine that measured. */
  logicalCpus: number
}

/** The operational KPIs, computed in one place for the checks and the report (percentiles by linear interpolation). */
export function operationalKpis(ops: Operations): {
  latency_p50_ms: number
  latency_p95_ms: number
  latency_p99_ms: number
  throughput_rows_per_s: number
} {
  return {
    latency_p50_ms: quantile(ops.latencyMs, 0.5),
    latency_p95_ms: quantile(ops.latencyMs, 0.95),
    latency_p99_ms: quantile(ops.latencyMs, 0.99),
    throughput_rows_per_s: ops.throughput.rowsPerSecond,
  }
}
