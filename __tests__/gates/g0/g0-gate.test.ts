import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runGate } from '../../../src/engine/run-gate.js'
import type { EvidenceRecord } from '../../../src/contract/types.js'
import { findGate } from '../../../src/gates/table.js'

const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'g0')

async function g0(
  files: string[],
  workspace = FIXTURE,
  options: Record<string, string> = {},
): Promise<EvidenceRecord> {
  return runGate(
    'G0',
    { ssot: 'ssot', data: files.map((f) => ({ role: f.replace(/\W/g, '_'), path: f })), options },
    { gates: findGate, workspaceRoot: workspace, context: { mode: 'local' } },
  )
}

const check = (e: EvidenceRecord, suffix: string) => e.checks.find((c) => c.id.endsWith(suffix))

describe('G0 Data Quality', () => {
  it('passes a clean file with BOM-free LF input, quoted commas and quoted newlines', async () => {
    const e = await g0(['data/good.csv'])
    expect(
      e.status,
      JSON.stringify(
        e.checks.filter((c) => c.status !== 'pass'),
        null,
        1,
      ),
    ).toBe('pass')
    expect(e.subject.data[0]).toMatchObject({
      path: 'data/good.csv',
      rows: 4,
      bytes: expect.any(Number),
    })
    expect(e.subject.data[0]!.sha256).toMatch(/^[0-9a-f]{64}$/)
    const temp = (
      e.report.profile as {
        column: string
        count: number
        missing: number
        min: number
        max: number
        unit: string
      }[]
    ).find((p) => p.column === 'temp')!
    expect(temp).toMatchObject({ count: 3, missing: 1, min: -3.5, max: 31.25, unit: '°C' })
    expect(check(e, 'temp.maximum')).toMatchObject({
      value: 31.25,
      operator: '<=',
      threshold: 45,
      unit: '°C',
      status: 'pass',
    })
    expect(check(e, 'temp.missing_ratio')).toMatchObject({
      value: 0.25,
      threshold: 0.5,
      status: 'pass',
    })
  })

  it('fails bad rows with exact counts, 1-based lines, values and rules', async () => {
    const e = await g0(['data/bad.csv'])
    expect(e.status).toBe('fail')
    expect(e.report.totalViolations).toBe(8)
    const violations = e.report.violations as {
      line: number
      column: string
      rule: string
      value: string
    }[]
    expect(violations).toHaveLength(5)
    expect(violations.map((v) => [v.line, v.column, v.rule, v.value])).toEqual([
      [3, 'city', 'enum', 'Paris'],
      [3, 'temp', 'maximum', '50'],
      [3, 'date', 'format', '2024-13-01'],
      [3, 'code', 'pattern', 'par'],
      [4, '*', 'field_count', '7 fields'],
    ])
    expect(check(e, 'structure.field_count')).toMatchObject({ value: 1, status: 'fail' })
    expect(check(e, 'unique.id')).toMatchObject({ value: 1, status: 'fail' })
    expect(check(e, 'temp.type')).toMatchObject({ value: 1, status: 'fail' })
    expect(check(e, 'date.format')).toMatchObject({ value: 2, status: 'fail' })
    // x-mostly 0.5: one bad code out of four is tolerated.
    expect(check(e, 'code.pattern')).toMatchObject({ value: 1, threshold: 2, status: 'pass' })
    expect(check(e, 'temp.maximum')).toMatchObject({
      value: 50,
      threshold: 45,
      unit: '°C',
      status: 'fail',
    })
  })

  it('validates several files, each with its role, and gathers missing and extra columns', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-g0-'))
    cpSync(FIXTURE, dir, { recursive: true })
    writeFileSync(join(dir, 'data', 'cols.csv'), 'city,id,temp,extra\nOslo,1,2,x\n')
    const e = await g0(['data/good.csv', 'data/cols.csv'], dir)
    expect(e.status).toBe('fail')
    expect(e.subject.data.map((d) => d.role)).toEqual(['data_good_csv', 'data_cols_csv'])
    expect(check(e, 'data_cols_csv.columns.missing')).toMatchObject({
      value: 1,
      status: 'fail',
      message: expect.stringContaining('date'),
    })
    expect(check(e, 'data_cols_csv.columns.extra')).toMatchObject({
      value: 1,
      status: 'fail',
      message: expect.stringContaining('extra'),
    })
    expect(check(e, 'data_good_csv.columns.missing')).toMatchObject({ status: 'pass' })
  })

  it('reports a decimal comma as a type violation with its own message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-g0-'))
    cpSync(FIXTURE, dir, { recursive: true })
    writeFileSync(join(dir, 'data', 'comma.csv'), 'id,city,temp,date\n1,Oslo,"1,5",2024-01-01\n')
    const e = await g0(['data/comma.csv'], dir)
    expect(e.status).toBe('fail')
    expect((e.report.violations as { message: string; line: number }[])[0]).toMatchObject({
      line: 2,
      message: expect.stringContaining('decimal comma'),
    })
  })

  it('keeps very long category values out of memory and evidence, still counting distinct ones apart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-long-'))
    cpSync(FIXTURE, dir, { recursive: true })
    const long = (c: string) => c.repeat(100_000)
    const rows = [
      'id,city,temp,date,note',
      `1,Oslo,2,2024-01-01,${long('a')}`,
      `2,Oslo,2,2024-01-01,${long('a')}b`,
      `3,Oslo,2,2024-01-01,${long('a')}b`,
    ]
    writeFileSync(join(dir, 'data', 'long.csv'), `${rows.join('\n')}\n`)
    const e = await g0(['data/long.csv'], dir)
    const note = (
      e.report.profile as {
        column: string
        top: { value: string; count: number }[]
        distinct: number
      }[]
    ).find((p) => p.column === 'note')!
    expect(note.distinct).toBe(2)
    expect(note.top.map((t) => t.count)).toEqual([2, 1])
    for (const t of note.top) {
      expect(t.value.length).toBeLessThan(300)
      expect(t.value).toMatch(/^a{200}… \(10000[01] characters, #[0-9a-f]{14}\)$/)
    }
    expect(JSON.stringify(e).length).toBeLessThan(50_000)
  })

  it('fails a header-only file on min_rows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-g0-'))
    cpSync(FIXTURE, dir, { recursive: true })
    writeFileSync(join(dir, 'data', 'header.csv'), 'id,city,temp,date\n')
    const e = await g0(['data/header.csv'], dir)
    expect(e.status).toBe('fail')
    expect(check(e, 'rows.min')).toMatchObject({
      value: 0,
      operator: '>=',
      threshold: 1,
      status: 'fail',
    })
  })

  it('produces evidence whose digest covers the canonical record', async () => {
    const e = await g0(['data/good.csv'])
    const { evidenceDigest } = await import('../../../src/engine/evidence.js')
    expect(e.digest.value).toBe(evidenceDigest(e))
    const tampered = { ...e, status: 'fail' as const }
    expect(evidenceDigest(tampered)).not.toBe(e.digest.value)
  })
})
