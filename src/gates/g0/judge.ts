import type { Check, CheckStatus, Operator, Severity } from '../../contract/types.js'
import type { DataSchema } from '../../ssot/data-schema.js'
import { CELL_RULES, type ColumnResult, type TableResult } from './table-validator.js'

/**
 * Turns validated tables into checks: one per rule and column per file, with
 * exact counts. Value rules honour `mostly` (the fraction of non-missing
 * values that must pass); range rules report the observed extreme in the
 * column's unit so the table reads "max 35.6 °C <= 45 °C".
 */
export function judgeTables(tables: TableResult[], schema: DataSchema): Check[] {
  const checks: Check[] = []
  for (const t of tables) checks.push(...judgeTable(t, schema))
  return checks
}

function status(ok: boolean, severity: Severity): CheckStatus {
  return ok ? 'pass' : severity === 'warn' ? 'warn' : 'fail'
}

function judgeTable(t: TableResult, schema: DataSchema): Check[] {
  const checks: Check[] = []
  const id = (suffix: string) => `G0.${t.role}.${suffix}`
  const source = { file: schema.file }
  const ds = schema.dataset

  checks.push({
    id: id('rows.min'),
    rule: 'min_rows',
    value: t.rows,
    operator: '>=',
    threshold: ds.minRows,
    unit: 'rows',
    status: status(t.rows >= ds.minRows, 'block'),
    severity: 'block',
    message: `${t.file}: ${t.rows} data rows`,
    source: { ...source, pointer: '/x-dataset/minRows' },
  })
  if (ds.maxRows !== undefined) {
    checks.push({
      id: id('rows.max'),
      rule: 'max_rows',
      value: t.rows,
      operator: '<=',
      threshold: ds.maxRows,
      unit: 'rows',
      status: status(t.rows <= ds.maxRows, 'block'),
      severity: 'block',
      message: `${t.file}: ${t.rows} data rows`,
      source: { ...source, pointer: '/x-dataset/maxRows' },
    })
  }
  checks.push({
    id: id('columns.missing'),
    rule: 'required_columns',
    value: t.missingColumns.length,
    operator: '<=',
    threshold: 0,
    unit: 'columns',
    status: status(t.missingColumns.length === 0, 'block'),
    severity: 'block',
    message: t.missingColumns.length
      ? `${t.file} lacks ${t.missingColumns.join(', ')}`
      : `${t.file} has every required column`,
    source: { ...source, pointer: '/required' },
  })
  // With no required column, a file could hold none of the schema's columns and pass having checked nothing.
  const known = t.columns.length
  checks.push({
    id: id('columns.known'),
    rule: 'schema_columns_present',
    value: known,
    operator: '>=',
    threshold: 1,
    unit: 'columns',
    status: status(known >= 1, 'block'),
    severity: 'block',
    message: known
      ? `${known} of ${schema.columns.length} schema columns are in ${t.file}`
      : `none of the ${schema.columns.length} schema columns is in ${t.file}: nothing could be validated`,
    source: { ...source, pointer: '/properties' },
  })
  checks.push({
    id: id('columns.extra'),
    rule: 'extra_columns',
    value: t.extraColumns.length,
    ...(ds.allowExtraColumns ? {} : { operator: '<=' as Operator, threshold: 0 }),
    unit: 'columns',
    status: ds.allowExtraColumns ? 'pass' : status(t.extraColumns.length === 0, 'block'),
    severity: 'block',
    message: t.extraColumns.length
      ? `${t.file} has columns the schema does not define: ${t.extraColumns.join(', ')}${ds.allowExtraColumns ? ' (allowed by x-dataset.allowExtraColumns)' : ''}`
      : `${t.file} has no extra columns`,
    source: { ...source, pointer: '/x-dataset/allowExtraColumns' },
  })
  checks.push({
    id: id('structure.field_count'),
    rule: 'field_count',
    value: t.raggedRows,
    operator: '<=',
    threshold: 0,
    unit: 'rows',
    status: status(t.raggedRows === 0, 'block'),
    severity: 'block',
    message: t.raggedRows
      ? `${t.raggedRows} rows of ${t.file} do not have ${t.header.length} fields`
      : `every row of ${t.file} has ${t.header.length} fields`,
  })
  ds.unique.forEach((key, k) => {
    const present = key.every((c) => t.header.includes(c))
    const dups = t.duplicates[k] ?? 0
    checks.push({
      id: id(`unique.${key.join('+')}`),
      rule: 'unique',
      variable: key.join('+'),
      value: present ? dups : null,
      operator: '<=',
      threshold: 0,
      unit: 'rows',
      status: present ? status(dups === 0, 'block') : 'skipped',
      severity: 'block',
      message: present
        ? `${dups} duplicate keys`
        : `key columns missing from ${t.file}; reported by required_columns`,
      source: { ...source, pointer: `/x-dataset/unique/${k}` },
    })
  })
  for (const col of t.columns) checks.push(...judgeColumn(col, id, schema.file))
  return checks
}

function judgeColumn(col: ColumnResult, id: (s: string) => string, schemaFile: string): Check[] {
  const r = col.rules
  const checks: Check[] = []
  const src = (key?: string) => ({
    file: schemaFile,
    pointer: key ? `${r.pointer}/${key}` : r.pointer,
  })
  const total = col.checked + col.missing
  const count = (rule: (typeof CELL_RULES)[number]) => col.counts[CELL_RULES.indexOf(rule)] ?? 0
  const base = { variable: r.name, severity: r.severity }

  if (r.maxMissingRatio !== undefined) {
    const ratio = total === 0 ? 0 : col.missing / total
    checks.push({
      ...base,
      id: id(`${r.name}.missing_ratio`),
      rule: 'missing_ratio',
      value: ratio,
      operator: '<=',
      threshold: r.maxMissingRatio,
      unit: 'ratio',
      status: status(ratio <= r.maxMissingRatio, r.severity),
      details: { missing: col.missing, rows: total },
      source: src('x-max-missing-ratio'),
    })
  }
  if (!r.nullable || count('null') > 0) {
    checks.push({
      ...base,
      id: id(`${r.name}.not_null`),
      rule: 'not_null',
      value: count('null'),
      operator: '<=',
      threshold: 0,
      unit: 'rows',
      status: status(count('null') === 0, r.severity),
      message: r.nullable
        ? 'nullable column'
        : `${count('null')} missing values; the column is not nullable`,
      source: src('type'),
    })
  }

  // Value rules: the fraction of non-missing values that pass must reach `mostly`.
  const allowed = Math.floor(col.checked * (1 - r.mostly) + 1e-9)
  const valueCheck = (rule: (typeof CELL_RULES)[number], extra: Partial<Check>): void => {
    const failures = count(rule)
    const passRatio = col.checked === 0 ? 1 : (col.checked - failures) / col.checked
    checks.push({
      ...base,
      id: id(`${r.name}.${rule}`),
      rule,
      value: failures,
      operator: '<=',
      threshold: allowed,
      unit: 'rows',
      status: status(failures <= allowed, r.severity),
      details: { failures, checked: col.checked, passRatio, mostly: r.mostly },
      source: src(rule === 'type' ? 'type' : rule),
      ...extra,
    })
  }
  valueCheck('type', { message: `values must be ${r.type}` })
  const p = col.profile
  const range = (
    rule: 'minimum' | 'maximum' | 'exclusiveMinimum' | 'exclusiveMaximum',
    op: Operator,
    observed: number | undefined,
  ) => {
    const bound = r[rule]
    if (bound === undefined) return
    valueCheck(rule, {
      value: observed ?? null,
      operator: op,
      threshold: bound,
      ...(r.unit !== undefined ? { unit: r.unit } : { unit: '' }),
      message: `${count(rule)} of ${col.checked} values outside the bound (observed ${rule.includes('inimum') ? 'min' : 'max'} ${observed ?? 'n/a'})`,
    })
  }
  range('minimum', '>=', p.min)
  range('maximum', '<=', p.max)
  range('exclusiveMinimum', '>', p.min)
  range('exclusiveMaximum', '<', p.max)
  if (r.enumStrings || r.enumNumbers)
    valueCheck('enum', {
      message: `allowed: ${[...(r.enumStrings ?? r.enumNumbers ?? [])].join(', ')}`,
    })
  if (r.pattern) valueCheck('pattern', { message: `pattern ${r.pattern.source}` })
  if (r.minLength !== undefined) valueCheck('minLength', {})
  if (r.maxLength !== undefined) valueCheck('maxLength', {})
  if (r.format !== undefined) valueCheck('format', { message: `format ${r.format}` })
  return checks
}
