import type { ModelConfig } from '../../ssot/model-config.js'

/** `ssot/shadow.json`, as validated by `ssot/schemas/shadow.schema.json`. */
export interface ShadowConfig {
  days: number
  minRowsPerDay?: number
  timezone?: 'UTC'
  paths?: { log?: string; production?: string }
  columns?: {
    timestamp?: string
    requestId?: string
    error?: string
    shadowLatency?: string
    productionLatency?: string
    variables?: Record<string, Partial<Record<VariableRole, string>>>
  }
}

const VARIABLE_ROLES = [
  'production',
  'shadow',
  'productionLower',
  'productionUpper',
  'shadowLower',
  'shadowUpper',
  'truth',
] as const
export type VariableRole = (typeof VARIABLE_ROLES)[number]

/** A log column: its name, and the JSON pointer in shadow.json when the user named it (then it must exist). */
export interface LogColumn {
  name: string
  /** Set when shadow.json names the column; absent for a default name. */
  pointer?: string
}

/** What the log reader needs (plain data: it crosses to worker threads). */
export interface LogSpec {
  task: ModelConfig['task']
  /** Declared classes of a classifier, as text. */
  classes?: string[]
  /** Display path of ssot/shadow.json, for errors about named columns. */
  configFile: string
  timestamp: LogColumn
  requestId: LogColumn
  error: LogColumn
  shadowLatency: LogColumn
  productionLatency: LogColumn
  variables: ({ name: string } & Record<VariableRole, LogColumn>)[]
}

/** The default column of a variable's role: production_V, shadow_V_lower, actual_V... */
function defaultColumn(variable: string, role: VariableRole): string {
  switch (role) {
    case 'production':
      return `production_${variable}`
    case 'shadow':
      return `shadow_${variable}`
    case 'productionLower':
      return `production_${variable}_lower`
    case 'productionUpper':
      return `production_${variable}_upper`
    case 'shadowLower':
      return `shadow_${variable}_lower`
    case 'shadowUpper':
      return `shadow_${variable}_upper`
    case 'truth':
      return `actual_${variable}`
  }
}

/** The log columns of every model variable, defaults applied. */
export function logSpec(
  config: ShadowConfig,
  configFile: string,
  task: ModelConfig['task'],
  variables: readonly string[],
  classes?: string[],
): LogSpec {
  const c = config.columns ?? {}
  const col = (
    key: keyof Omit<NonNullable<ShadowConfig['columns']>, 'variables'>,
    fallback: string,
  ): LogColumn =>
    c[key] !== undefined ? { name: c[key], pointer: `/columns/${key}` } : { name: fallback }
  return {
    task,
    ...(classes ? { classes } : {}),
    configFile,
    timestamp: col('timestamp', 'timestamp'),
    requestId: col('requestId', 'request_id'),
    error: col('error', 'shadow_error'),
    shadowLatency: col('shadowLatency', 'shadow_latency_ms'),
    productionLatency: col('productionLatency', 'production_latency_ms'),
    variables: variables.map((name) => {
      const given = c.variables?.[name] ?? {}
      const entry = { name } as { name: string } & Record<VariableRole, LogColumn>
      for (const role of VARIABLE_ROLES) {
        const named = given[role]
        entry[role] =
          named !== undefined
            ? { name: named, pointer: `/columns/variables/${escapeToken(name)}/${role}` }
            : { name: defaultColumn(name, role) }
      }
      return entry
    }),
  }
}

/** Variables that shadow.json configures but the model does not have: a typo that would go unnoticed. */
export function unknownVariables(config: ShadowConfig, variables: readonly string[]): string[] {
  return Object.keys(config.columns?.variables ?? {}).filter((v) => !variables.includes(v))
}

function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1')
}
