import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { InputError, InputErrors, toProblems } from '../contract/errors.js'
import type { GateProblem } from '../contract/types.js'
import { compileDataSchema } from './data-schema.js'
import type { Workspace } from '../io/workspace.js'
import { readCsvTable } from './csv-table.js'
import { readJsonFile } from './json-file.js'
import { KPI_COLUMNS, KPI_OPTIONAL_COLUMNS, parseKpiTable, type KpiRule } from './kpi.js'
import type { ModelConfig } from './model-config.js'
import { parseRiskRegister, RISK_COLUMNS, type Risk } from './risk-register.js'
import { assertValid } from './schema-registry.js'

/**
 * The user's `ssot/` folder. Files are loaded on demand, each validated once,
 * so a gate reads only what it needs and every error names its file.
 */
export class Ssot {
  /** Absolute path of the ssot folder. */
  readonly dir: string
  /** The folder that contains `ssot/`: paths inside model.json are relative to it. */
  readonly repoRoot: string
  private readonly cache = new Map<string, Promise<unknown>>()

  constructor(
    readonly workspace: Workspace,
    ssotPath: string,
  ) {
    this.dir = workspace.resolve(ssotPath, 'ssot')
    this.repoRoot = dirname(this.dir)
  }

  /** True when ssot/ holds `name`. */
  has(name: string): boolean {
    return existsSync(join(this.dir, name))
  }

  /** Workspace-relative display path of a file inside ssot/. */
  display(name: string): string {
    return this.workspace.display(join(this.dir, name))
  }

  /**
   * Resolves a path written in an SSOT file (relative to the repository root),
   * inside the workspace; `pointer` says where in `file` (default model.json) it was written.
   */
  resolveRepoPath(path: string, what: string, pointer?: string, file = 'model.json'): string {
    return this.workspace.resolve(
      path,
      what,
      this.repoRoot,
      pointer !== undefined ? { file: this.display(file), pointer } : undefined,
    )
  }

  model(): Promise<ModelConfig> {
    return this.once('model.json', async () => {
      const data = await readJsonFile(join(this.dir, 'model.json'), this.display('model.json'))
      return assertValid<ModelConfig>('model', data, this.display('model.json'))
    })
  }

  /** The raw data schema; G0 compiles and validates it (see gates/g0/data-schema.ts). */
  dataSchema(): Promise<unknown> {
    return this.once('data_schema.json', () =>
      readJsonFile(join(this.dir, 'data_schema.json'), this.display('data_schema.json')),
    )
  }

  kpiRules(): Promise<KpiRule[]> {
    return this.once('kpi_acceptance.csv', async () =>
      parseKpiTable(
        await readCsvTable(
          join(this.dir, 'kpi_acceptance.csv'),
          this.display('kpi_acceptance.csv'),
          KPI_COLUMNS,
          KPI_OPTIONAL_COLUMNS,
        ),
      ),
    )
  }

  risks(): Promise<Risk[]> {
    return this.once('risk_register.csv', async () =>
      parseRiskRegister(
        await readCsvTable(
          join(this.dir, 'risk_register.csv'),
          this.display('risk_register.csv'),
          RISK_COLUMNS,
        ),
      ),
    )
  }

  /**
   * ssot/approvals.json: the roles and, per gate (G3, G5), the environments,
   * quorum and separation-of-duties policy (src/approvals/config.ts checks
   * what the schema cannot: roles named in a quorum exist, quorums can be met).
   */
  approvals<T = unknown>(): Promise<T> {
    return this.json<T>('approvals.json', 'approvals')
  }

  /**
   * Validates every contract file that exists in ssot/, collecting all
   * problems, so a broken SSOT stops every gate with a clear error instead of
   * being discovered by whichever gate reads the file later.
   */
  async validateAll(): Promise<void> {
    const checks: [string, () => Promise<unknown>][] = [
      ['model.json', () => this.model()],
      [
        'data_schema.json',
        async () => compileDataSchema(await this.dataSchema(), this.display('data_schema.json')),
      ],
      ['kpi_acceptance.csv', () => this.kpiRules()],
      ['risk_register.csv', () => this.risks()],
      ['security.json', () => this.json('security.json', 'security')],
      ['approvals.json', () => this.approvals()],
    ]
    const problems: GateProblem[] = []
    if (!existsSync(this.dir)) {
      throw new InputError({
        file: this.workspace.display(this.dir),
        message: 'The ssot folder does not exist',
        expected: 'a folder with model.json, data_schema.json, kpi_acceptance.csv...',
        found: 'no such folder',
      })
    }
    for (const [name, load] of checks) {
      if (!this.has(name)) continue
      try {
        await load()
      } catch (error) {
        problems.push(...toProblems(error))
      }
    }
    if (problems.length > 0) throw new InputErrors(problems)
  }

  /** Any other JSON file in ssot/, validated against a registered schema. */
  json<T>(name: string, schema: string): Promise<T> {
    return this.once(name, async () =>
      assertValid<T>(
        schema,
        await readJsonFile(join(this.dir, name), this.display(name)),
        this.display(name),
      ),
    )
  }

  private once<T>(key: string, load: () => Promise<T>): Promise<T> {
    let p = this.cache.get(key)
    if (!p) {
      p = load()
      this.cache.set(key, p)
    }
    return p as Promise<T>
  }
}
