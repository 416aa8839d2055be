/** `ssot/model.json`, as validated by `ssot/schemas/model.schema.json`. */
export interface ModelFeature {
  name: string
  dtype: 'float32' | 'float64' | 'int64' | 'string'
  unit?: string
}

export interface ModelConfig {
  name: string
  version?: string
  description?: string
  owner: { name: string; email: string; github?: string }
  stage: 'exploration' | 'validation' | 'pre-production' | 'production' | 'monitoring' | 'retirement'
  task: 'regression' | 'binary' | 'multiclass'
  features: ModelFeature[]
  target: { name: string; unit?: string }
  classes?: string[]
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
