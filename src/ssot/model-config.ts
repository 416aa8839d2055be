import { InputError } from '../contract/errors.js'

/** `ssot/model.json`, as validated by `ssot/schemas/model.schema.json`. */
export interface ModelFeature {
  name: string
  dtype: 'float32' | 'float64' | 'int64' | 'string'
  unit?: string
}

/** An ONNX output, or one column of an `[N, k]` output. */
export type OutputRefConfig = string | { output: string; index?: number }

/** One regression output variable (`targets` in model.json). */
export interface TargetConfig {
  /** The variable name that kpi_acceptance.csv uses. */
  name: string
  /** The holdout column with the actual values; defaults to `name`. */
  column?: string
  unit?: string
  prediction?: OutputRefConfig
  lower?: OutputRefConfig
  upper?: OutputRefConfig
}

export interface ModelConfig {
  name: string
  version?: string
  description?: string
  owner: { name: string; email: string; github?: string }
  stage:
    'exploration' | 'validation' | 'pre-production' | 'production' | 'monitoring' | 'retirement'
  task: 'regression' | 'binary' | 'multiclass'
  features: ModelFeature[]
  /** One target (regression) or the label column (classification). Give `target` or `targets`, not both. */
  target?: { name: string; unit?: string }
  /** Several regression output variables. */
  targets?: TargetConfig[]
  /** Holdout column with each row's sample weight; G1's metrics are then weighted. */
  weight?: string
  /** Class labels, in the order of the probability columns; matched by value against the label output and the holdout. */
  classes?: (string | number)[]
  input: { layout: 'tensor'; name: string } | { layout: 'per-feature' }
  outputs: { prediction: string; probabilities?: string; lower?: string; upper?: string }
  paths: {
    model: string
    baseline?: string
    holdout?: string
    reference?: string
    training?: string
    modelCard?: string
  }
  slices?: string[]
}

/** A column of an ONNX output. `explicit` says whether model.json gave the index. */
export interface OutputRef {
  output: string
  index: number
  explicit: boolean
}

/** An output variable with every default applied. */
export interface ResolvedTarget {
  name: string
  column: string
  unit?: string
  prediction: OutputRef
  lower?: OutputRef
  upper?: OutputRef
}

/**
 * The model's output variables. Regression: `targets` (each one a variable),
 * or the single `target` read from `outputs.prediction`/`lower`/`upper`.
 * A target's output defaults to the matching `outputs` entry, and its column
 * in that output defaults to its position among the targets that read the
 * same output. Classification: the one `target`, the label column.
 */
export function resolveTargets(model: ModelConfig, file: string): ResolvedTarget[] {
  const problem = (pointer: string, message: string, expected: string, found: string) =>
    new InputError({ file, pointer, message, expected, found })
  if (model.target && model.targets)
    throw problem(
      '/targets',
      'model.json gives both target and targets',
      'either target (one variable) or targets (several)',
      'both',
    )
  if (model.targets && model.task !== 'regression')
    throw problem(
      '/targets',
      `A ${model.task} model has one label column`,
      'target: { "name": <label column> }',
      `targets with ${model.targets.length} entries`,
    )
  const list: TargetConfig[] | undefined =
    model.targets ??
    (model.target
      ? [
          {
            ...model.target,
            ...(model.outputs.lower ? { lower: model.outputs.lower } : {}),
            ...(model.outputs.upper ? { upper: model.outputs.upper } : {}),
          },
        ]
      : undefined)
  if (!list || list.length === 0)
    throw problem(
      '',
      'model.json names no target',
      'target (one variable) or targets (regression with several output variables)',
      'neither',
    )
  const pointer = (i: number, key: string) =>
    model.targets
      ? `/targets/${i}/${key}`
      : key === 'prediction'
        ? '/outputs/prediction'
        : `/outputs/${key}`
  const used = new Map<string, number>()
  const ref = (
    value: OutputRefConfig | undefined,
    fallback: string | undefined,
    role: string,
  ): OutputRef | undefined => {
    const output = value === undefined ? fallback : typeof value === 'string' ? value : value.output
    if (output === undefined) return undefined
    const given = typeof value === 'object' ? value.index : undefined
    const position = used.get(`${role}|${output}`) ?? 0
    used.set(`${role}|${output}`, position + 1)
    return { output, index: given ?? position, explicit: given !== undefined }
  }
  const seen = new Map<string, number>()
  const columns = new Map<string, string>()
  const resolved = list.map((t, i): ResolvedTarget => {
    if (seen.has(t.name))
      throw problem(
        `/targets/${i}/name`,
        `Two targets are named "${t.name}"`,
        'a distinct variable name per target',
        `"${t.name}" at /targets/${seen.get(t.name)} and /targets/${i}`,
      )
    seen.set(t.name, i)
    const prediction = ref(t.prediction, model.outputs.prediction, 'prediction')!
    const key = `${prediction.output}[${prediction.index}]`
    if (columns.has(key))
      throw problem(
        pointer(i, 'prediction'),
        `Targets "${columns.get(key)}" and "${t.name}" read the same output column`,
        'one output column per target',
        key,
      )
    columns.set(key, t.name)
    const lower = ref(t.lower, model.targets ? model.outputs.lower : undefined, 'lower')
    const upper = ref(t.upper, model.targets ? model.outputs.upper : undefined, 'upper')
    if ((lower === undefined) !== (upper === undefined)) {
      throw problem(
        pointer(i, lower ? 'upper' : 'lower'),
        `Target "${t.name}" has a ${lower ? 'lower' : 'upper'} interval bound without the other`,
        'both lower and upper, or neither',
        `only ${lower ? 'lower' : 'upper'}`,
      )
    }
    return {
      name: t.name,
      column: t.column ?? t.name,
      ...(t.unit !== undefined ? { unit: t.unit } : {}),
      prediction,
      ...(lower && upper ? { lower, upper } : {}),
    }
  })
  // Default columns count per role, so one output serving two roles (lower and upper in one [N, 2]) needs explicit indexes.
  const roles = new Map<string, { roles: Set<string>; implicit: boolean }>()
  resolved.forEach((t) => {
    for (const role of ['prediction', 'lower', 'upper'] as const) {
      const r = t[role]
      if (!r) continue
      const entry = roles.get(r.output) ?? { roles: new Set<string>(), implicit: false }
      entry.roles.add(role)
      entry.implicit ||= !r.explicit
      roles.set(r.output, entry)
    }
  })
  for (const [output, entry] of roles) {
    if (entry.roles.size > 1 && entry.implicit) {
      throw problem(
        model.targets ? '/targets' : '/outputs',
        `Output "${output}" serves as ${[...entry.roles].join(' and ')}`,
        'an explicit { "output", "index" } for each use of an output that serves several roles',
        'a column chosen by default',
      )
    }
  }
  return resolved
}

/** The declared classes as the text they are matched by (`1` and `"1"` are the same class); refuses duplicates. */
export function classNames(model: ModelConfig, file: string): string[] | undefined {
  if (!model.classes) return undefined
  const names = model.classes.map(String)
  const first = new Map<string, number>()
  names.forEach((name, i) => {
    if (first.has(name))
      throw new InputError({
        file,
        pointer: `/classes/${i}`,
        message: `Class ${JSON.stringify(model.classes![i])} is declared twice`,
        expected: 'distinct class labels',
        found: `the same label at /classes/${first.get(name)} and /classes/${i}`,
      })
    first.set(name, i)
  })
  return names
}

/**
 * The holdout column of sample weights, or undefined when the holdout is
 * unweighted. A weight column that is also a feature, a target or the label
 * column would feed one value into two roles, which is always a mistake.
 */
export function weightColumn(
  model: ModelConfig,
  targets: readonly Pick<ResolvedTarget, 'column'>[],
  file: string,
): string | undefined {
  const column = model.weight
  if (column === undefined) return undefined
  const role = model.features.some((f) => f.name === column)
    ? 'a feature'
    : targets.some((t) => t.column === column)
      ? model.task === 'regression'
        ? 'a target'
        : 'the label'
      : undefined
  if (role)
    throw new InputError({
      file,
      pointer: '/weight',
      message: `The sample weight column "${column}" is ${role} column`,
      expected: 'a holdout column of its own for the sample weights',
      found: `"${column}", ${role}`,
    })
  return column
}
