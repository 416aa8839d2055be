import type { ModelConfig, ResolvedTarget } from '../ssot/model-config.js'
import { ClassMap } from './class-map.js'

/** What goes into an ONNX model and comes out of it, as G1 sees it. */

/** Feature columns for the model: numbers as Float64Array (NaN = missing), strings as string[]. */
export type FeatureColumns = Map<string, Float64Array | string[]>

/** One regression output variable's predictions, in holdout order. */
interface TargetPrediction {
  prediction: Float64Array
  lower?: Float64Array
  upper?: Float64Array
}

export interface Predictions {
  /** Regression: one entry per target, in the order of ssot/model.json. Empty for classifiers. */
  targets: TargetPrediction[]
  /** Classification: the label output mapped through the declared classes to class indexes. */
  predictedClass?: Int32Array
  /** Classification: one array per class, when the model has a probabilities output. */
  probabilities?: Float64Array[]
  /** The probabilities output's element type: log loss clips with its machine epsilon, as scikit-learn does. */
  probabilityDtype?: 'float32' | 'float64'
}

export interface ModelIo {
  features: ModelConfig['features']
  input: ModelConfig['input']
  outputs: ModelConfig['outputs']
  task: ModelConfig['task']
  /** Regression variables (classification: the label, read from outputs.prediction). */
  targets: ResolvedTarget[]
  classes?: ClassMap
}

/** How a model.json maps a model's inputs and outputs, with its targets and declared classes. */
export function modelIoFor(
  model: ModelConfig,
  targets: ResolvedTarget[],
  classes: readonly string[] | undefined,
): ModelIo {
  return {
    features: model.features,
    input: model.input,
    outputs: model.outputs,
    task: model.task,
    targets,
    ...(classes ? { classes: new ClassMap(classes) } : {}),
  }
}

export interface SessionSettings {
  /** onnxruntime intra-op threads; 0 lets onnxruntime choose (one per physical core). */
  intraOpThreads: number
}
