import {
  binNumeric,
  categoryShares,
  countSorted,
  type Binned,
  type Counts,
} from '../../drift-tests/binning.js'
import { chiSquareTest } from '../../drift-tests/chi-square.js'
import { jensenShannonDistance } from '../../drift-tests/jensen-shannon.js'
import { ksTwoSample } from '../../drift-tests/ks.js'
import { populationStabilityIndex } from '../../drift-tests/psi.js'
import { populationStdDev, wassersteinSorted } from '../../drift-tests/wasserstein.js'
import { zTest } from '../../drift-tests/z-test.js'
import { DEFAULT_THRESHOLD, P_VALUE_TESTS, type DriftTest } from './config.js'
import { sortFinite } from './sort.js'

/** Evidently's size limit: at most this many reference values, p-value tests; above, distances. */
const SMALL_REFERENCE_ROWS = 1000

/** One column to compare: its values in the reference and in the current window. */
export type ColumnValues =
  | { kind: 'num'; reference: Float64Array; current: Float64Array }
  | { kind: 'cat'; reference: (string | null)[]; current: (string | null)[] }

export interface ColumnSetting {
  test?: DriftTest
  threshold?: number
}

/** The verdict on one column. */
export interface ColumnDrift {
  kind: 'num' | 'cat'
  test: DriftTest
  /** Whether ssot/drift.json chose the test (else Evidently's default rule did). */
  configured: boolean
  threshold: number
  /** The p-value or the distance that is compared with the threshold. */
  score: number
  /** The test statistic when the score is a p-value (KS D, chi-square, z). */
  statistic?: number
  drifted: boolean
  referenceRows: number
  currentRows: number
  /** Missing (and infinite) values left out of the comparison. */
  referenceMissing: number
  currentMissing: number
  /** Distinct values over both samples, counted up to DISTINCT_CAP + 1. */
  distinct: number
  referenceMean?: number
  currentMean?: number
  referenceStd?: number
  /** What the chart draws: shares per bin (numeric) or per category. */
  distribution: Binned
}

/**
 * Compares one column as Evidently does: missing values left out, then the
 * configured test or the default one (numeric with more than 5 distinct
 * values: KS up to 1000 reference rows, normed Wasserstein above; otherwise
 * chi-square, or the z-test for two values, up to 1000 rows, and
 * Jensen-Shannon above). Throws a RangeError when a sample has no values.
 */
export function compareColumn(values: ColumnValues, setting: ColumnSetting = {}): ColumnDrift {
  if (values.kind === 'num') {
    const ref = sortFinite(values.reference)
    const cur = sortFinite(values.current)
    if (ref.length === 0 || cur.length === 0) throw new RangeError(emptyMessage(ref.length))
    const distinct = distinctUnion(ref, cur)
    const test =
      setting.test ??
      (ref.length <= SMALL_REFERENCE_ROWS
        ? distinct <= 5
          ? distinct > 2
            ? 'chisquare'
            : 'z'
          : 'ks'
        : distinct <= 5
          ? 'jensenshannon'
          : 'wasserstein')
    const counts = () => [countSorted(ref), countSorted(cur)] as const
    const base = {
      kind: 'num' as const,
      referenceRows: ref.length,
      currentRows: cur.length,
      referenceMissing: values.reference.length - ref.length,
      currentMissing: values.current.length - cur.length,
      distinct,
      referenceMean: mean(ref),
      currentMean: mean(cur),
      referenceStd: populationStdDev(ref),
      distribution: binNumeric(ref, cur),
    }
    return finish(base, test, setting, () => {
      switch (test) {
        case 'ks': {
          const r = ksTwoSample(ref, cur)
          return { score: r.pValue, statistic: r.statistic }
        }
        case 'wasserstein':
          // wassersteinNormed, with the standard deviation already computed.
          return { score: wassersteinSorted(ref, cur) / Math.max(base.referenceStd, 0.001) }
        case 'jensenshannon':
        case 'psi': {
          const b = base.distribution
          return {
            score:
              test === 'psi'
                ? populationStabilityIndex(b.reference, b.current)
                : jensenShannonDistance(b.reference, b.current),
          }
        }
        default:
          return categoricalScore(test, ...counts())
      }
    })
  }
  const ref = countValues(values.reference)
  const cur = countValues(values.current)
  if (ref.total === 0 || cur.total === 0) throw new RangeError(emptyMessage(ref.total))
  const distinct = new Set([...ref.counts.keys(), ...cur.counts.keys()]).size
  const test =
    setting.test ??
    (ref.total <= SMALL_REFERENCE_ROWS ? (distinct > 2 ? 'chisquare' : 'z') : 'jensenshannon')
  if (test === 'ks' || test === 'wasserstein')
    throw new RangeError(`${test} compares numbers, and this column holds text`)
  const base = {
    kind: 'cat' as const,
    referenceRows: ref.total,
    currentRows: cur.total,
    referenceMissing: values.reference.length - ref.total,
    currentMissing: values.current.length - cur.total,
    distinct,
    distribution: categoryShares(ref, cur),
  }
  return finish(base, test, setting, () => categoricalScore(test, ref, cur))
}

function emptyMessage(referenceValues: number): string {
  return `no values to compare in the ${referenceValues === 0 ? 'reference' : 'current window'} (every value is missing)`
}

function finish<T extends object>(
  base: T,
  test: DriftTest,
  setting: ColumnSetting,
  compute: () => { score: number; statistic?: number },
): T & Omit<ColumnDrift, keyof T> {
  const threshold = setting.threshold ?? DEFAULT_THRESHOLD[test]
  const { score, statistic } = compute()
  return {
    ...base,
    test,
    configured: setting.test !== undefined,
    threshold,
    score,
    ...(statistic !== undefined ? { statistic } : {}),
    drifted: isDrift(test, score, threshold),
  } as T & Omit<ColumnDrift, keyof T>
}

/** KS drifts at p <= threshold, chi-square and z at p < threshold (as in Evidently), distances at >= threshold. */
function isDrift(test: DriftTest, score: number, threshold: number): boolean {
  if (Number.isNaN(score)) return false
  if (test === 'ks') return score <= threshold
  if (P_VALUE_TESTS.has(test)) return score < threshold
  return score >= threshold
}

function categoricalScore(
  test: DriftTest,
  ref: Counts,
  cur: Counts,
): { score: number; statistic?: number } {
  if (test === 'chisquare') {
    const r = chiSquareTest(ref, cur)
    // A single category on both sides has nothing to test: no drift, as scipy's p-value of 1 (0 degrees of freedom) would say.
    return r.df === 0 ? { score: 1, statistic: 0 } : { score: r.pValue, statistic: r.statistic }
  }
  if (test === 'z') {
    const r = zTest(ref, cur)
    return { score: r.pValue, statistic: r.statistic }
  }
  const s = categoryShares(ref, cur)
  return {
    score:
      test === 'psi'
        ? populationStabilityIndex(s.reference, s.current)
        : jensenShannonDistance(s.reference, s.current),
  }
}

function countValues(values: (string | null)[]): Counts {
  const counts = new Map<string, number>()
  let total = 0
  for (const v of values) {
    if (v === null) continue
    counts.set(v, (counts.get(v) ?? 0) + 1)
    total++
  }
  return { counts, total }
}

function mean(values: Float64Array): number {
  let s = 0
  for (let i = 0; i < values.length; i++) s += values[i]!
  return s / values.length
}

/** Largest count of distinct values reported: enough for every rule (5 and 20), cheap on a million rows. */
const DISTINCT_CAP = 1000

/** Distinct values over two sorted arrays, by a merge walk that stops past DISTINCT_CAP. */
function distinctUnion(a: Float64Array, b: Float64Array): number {
  let i = 0
  let j = 0
  let n = 0
  while ((i < a.length || j < b.length) && n <= DISTINCT_CAP) {
    const v = i < a.length && (j >= b.length || a[i]! <= b[j]!) ? a[i]! : b[j]!
    while (i < a.length && a[i] === v) i++
    while (j < b.length && b[j] === v) j++
    n++
  }
  return n
}
