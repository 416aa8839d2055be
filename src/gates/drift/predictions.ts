import { modelIoFor } from '../../onnx/model-io.js'
import { LoadedModel, type FeatureColumns } from '../../onnx/runner.js'
import { classNames, type ModelConfig, type ResolvedTarget } from '../../ssot/model-config.js'
import type { ColumnValues } from './judge.js'
import type { Table } from './window.js'

/**
 * The model's predictions on the reference and on the current window, as
 * columns to compare: one numeric column per regression target
 * (`prediction`, or `prediction.<target>` for several), or the predicted
 * class (categorical) for a classifier.
 */
export async function predictBoth(
  path: string,
  display: string,
  model: ModelConfig,
  targets: ResolvedTarget[],
  ref: Table,
  cur: Table,
): Promise<{ name: string; values: ColumnValues }[]> {
  const classes = classNames(model, display)
  const loaded = await LoadedModel.open(path, display, modelIoFor(model, targets, classes), {
    intraOpThreads: 0,
  })
  try {
    const a = await loaded.predict(features(model, ref), ref.rows)
    const b = await loaded.predict(features(model, cur), cur.rows)
    if (model.task === 'regression')
      return targets.map((t, i) => ({
        name: targets.length > 1 ? `prediction.${t.name}` : 'prediction',
        values: {
          kind: 'num',
          reference: a.targets[i]!.prediction,
          current: b.targets[i]!.prediction,
        },
      }))
    const label = (p: Int32Array) => Array.from(p, (c) => String(classes?.[c] ?? c))
    return [
      {
        name: 'prediction',
        values: {
          kind: 'cat',
          reference: label(a.predictedClass!),
          current: label(b.predictedClass!),
        },
      },
    ]
  } finally {
    await loaded.close()
  }
}

function features(model: ModelConfig, table: Table): FeatureColumns {
  const out: FeatureColumns = new Map()
  for (const f of model.features) {
    const n = table.numeric.get(f.name)
    out.set(f.name, n ?? table.text.get(f.name)!.map((v) => v ?? ''))
  }
  return out
}
