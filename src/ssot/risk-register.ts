import { InputErrors } from '../contract/errors.js'
import type { GateProblem } from '../contract/types.js'
import type { CsvTable } from './csv-table.js'

export const RISK_COLUMNS = [
  'id',
  'risk',
  'likelihood',
  'impact',
  'mitigation',
  'owner',
  'status',
] as const
const LEVELS = ['low', 'medium', 'high', 'critical']
const STATUSES = ['open', 'mitigated', 'accepted', 'closed']

export interface Risk {
  id: string
  risk: string
  likelihood: string
  impact: string
  mitigation: string
  owner: string
  status: string
  line: number
}

/** Validates `ssot/risk_register.csv`: unique ids, known levels and statuses, an owner for every risk. */
export function parseRiskRegister(table: CsvTable): Risk[] {
  const problems: GateProblem[] = []
  const ids = new Map<string, number>()
  const risks = table.rows.map(({ line, values: v }) => {
    const bad = (column: string, expected: string) =>
      problems.push({
        file: table.file,
        line,
        message: `Invalid ${column}`,
        expected,
        found: JSON.stringify(v[column] ?? ''),
      })
    if (!v.id) bad('id', 'a non-empty id')
    else if (ids.has(v.id)) bad('id', `an id not already used on line ${ids.get(v.id)}`)
    else ids.set(v.id, line)
    if (!LEVELS.includes(v.likelihood ?? '')) bad('likelihood', LEVELS.join(', '))
    if (!LEVELS.includes(v.impact ?? '')) bad('impact', LEVELS.join(', '))
    if (!STATUSES.includes(v.status ?? '')) bad('status', STATUSES.join(', '))
    if (!v.owner) bad('owner', 'the person or team that owns the risk')
    return {
      id: v.id ?? '',
      risk: v.risk ?? '',
      likelihood: v.likelihood ?? '',
      impact: v.impact ?? '',
      mitigation: v.mitigation ?? '',
      owner: v.owner ?? '',
      status: v.status ?? '',
      line,
    }
  })
  if (problems.length > 0) throw new InputErrors(problems)
  return risks
}
