import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runGate } from '../../src/engine/run-gate.js'
import type { EvidenceRecord } from '../../src/contract/types.js'
import { renderHtml } from '../../src/report/html.js'
import type { Chart } from '../../src/report/svg-charts.js'
import { REPO } from '../support/action-runner.js'
import { findGate } from '../../src/gates/table.js'

// Debian's Chromium here; GitHub's Ubuntu runners have Google Chrome instead (see ci.yml).
const CHROMIUM = process.env.MODELGATE_CHROMIUM ?? '/usr/bin/chromium'
const OUTPUT = join(import.meta.dirname, '..', '.output')
const HOSTILE = '</td><script>alert(1)</script><img src=x onerror=alert(2)>@octocat'

let browser: Browser | undefined

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    if (process.env.CI)
      throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium`)
    return
  }
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
})

afterAll(async () => {
  await browser?.close()
})

async function g0Evidence(): Promise<EvidenceRecord> {
  const dir = mkdtempSync(join(tmpdir(), 'mg-html-'))
  const fixture = join(import.meta.dirname, '..', 'fixtures', 'g0')
  cpSync(fixture, dir, { recursive: true })
  writeFileSync(
    join(dir, 'data', 'hostile.csv'),
    `id,city,temp,date\n1,"${HOSTILE.replace(/"/g, '""')}",2,2024-01-01\n`,
  )
  return runGate(
    'G0',
    {
      ssot: 'ssot',
      data: [
        { role: 'bad', path: 'data/bad.csv' },
        { role: 'hostile', path: 'data/hostile.csv' },
      ],
      options: {},
    },
    { gates: findGate, workspaceRoot: dir, context: { mode: 'local' } },
  )
}

/**
 * The template as a user's repository: ssot/, data/ and models/ copied to a
 * temporary workspace, with the coverage KPI's threshold set to `coverage`.
 */
function templateWorkspace(coverage = '0.90'): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-html-template-'))
  for (const folder of ['ssot', 'data', 'models'])
    cpSync(join(REPO, 'template', folder), join(dir, folder), { recursive: true })
  const kpis = join(dir, 'ssot', 'kpi_acceptance.csv')
  writeFileSync(
    kpis,
    readFileSync(kpis, 'utf8').replace(
      'G1,coverage,temp_max,>=,0.90,',
      `G1,coverage,temp_max,>=,${coverage},`,
    ),
  )
  return dir
}

/** G1 run on the template's model and holdout, as a user's workflow runs it. */
async function templateG1(coverage?: string): Promise<EvidenceRecord> {
  return runGate(
    'G1',
    { ssot: 'ssot', data: [], options: { bootstrap: '100', 'latency-calls': '20' } },
    { gates: findGate, workspaceRoot: templateWorkspace(coverage), context: { mode: 'local' } },
  )
}

/** G0 run on the template's training and holdout data. */
async function templateG0(): Promise<EvidenceRecord> {
  return runGate(
    'G0',
    { ssot: 'ssot', data: [], options: {} },
    { gates: findGate, workspaceRoot: templateWorkspace(), context: { mode: 'local' } },
  )
}

async function openReport(name: string, evidence: EvidenceRecord) {
  mkdirSync(OUTPUT, { recursive: true })
  const file = join(OUTPUT, `${name}.html`)
  writeFileSync(file, renderHtml(evidence))
  const page = await browser!.newPage({ viewport: { width: 1200, height: 900 } })
  const requests: string[] = []
  const problems: string[] = []
  page.on('request', (r) => requests.push(r.url()))
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text())
  })
  page.on('pageerror', (err) => problems.push(err.message))
  const url = pathToFileURL(file).href
  await page.goto(url, { waitUntil: 'load' })
  return { page, url, requests, problems, shot: join(OUTPUT, `${name}.png`) }
}

function withCharts(e: EvidenceRecord): EvidenceRecord {
  const scatter: [number, number][] = Array.from({ length: 200 }, (_, i) => [
    i / 10,
    i / 10 + Math.sin(i) * 2,
  ])
  return {
    ...e,
    report: {
      ...e.report,
      charts: [
        {
          id: 'pva',
          title: 'Predicted vs actual',
          kind: 'scatter',
          xLabel: 'actual (°C)',
          yLabel: 'predicted (°C)',
          series: [{ name: 'holdout', points: scatter }],
          reference: { kind: 'diagonal' },
        },
        {
          id: 'res',
          title: `Residuals ${HOSTILE}`,
          kind: 'histogram',
          xLabel: 'residual',
          yLabel: 'rows',
          series: [
            {
              name: 'candidate',
              points: [
                [-2, 3],
                [-1, 10],
                [0, 25],
                [1, 9],
                [2, Number.NaN],
              ],
            },
          ],
        },
        { id: 'empty', title: 'Empty', kind: 'line', xLabel: 'x', yLabel: 'y', series: [] },
      ],
    },
  }
}

describe('HTML report in Debian Chromium', () => {
  it('renders offline: no requests, no console errors, charts drawn, hostile text inert', async (ctx) => {
    if (!browser) return ctx.skip()
    const evidence = withCharts(await g0Evidence())
    const { page, url, requests, problems, shot } = await openReport('report', evidence)
    expect(requests).toEqual([url])
    expect(problems).toEqual([])
    expect(await page.locator('script').count()).toBe(0)
    expect(await page.locator('img').count()).toBe(0)
    expect(await page.getByText('@octocat').count()).toBeGreaterThan(0)
    const svgs = page.locator('svg.chart')
    expect(await svgs.count()).toBe(3)
    for (let i = 0; i < 3; i++) {
      const box = await svgs.nth(i).boundingBox()
      expect(box && box.width > 100 && box.height > 100).toBe(true)
    }
    expect(await page.locator('svg.chart').first().locator('circle').count()).toBe(200)
    expect(await page.locator('h1').innerText()).toContain('G0 Data Quality: FAIL')
    await page.screenshot({ path: shot, fullPage: true })
    console.log(`screenshot: ${shot}`)
    await page.close()
  })

  it('renders the real G1 evidence of the template: KPI table and its three charts, offline', async (ctx) => {
    if (!browser) return ctx.skip()
    const evidence = await templateG1()
    expect(evidence.status).toBe('pass')
    const { page, url, requests, problems, shot } = await openReport('g1-template', evidence)
    expect(requests).toEqual([url])
    expect(problems).toEqual([])
    expect(await page.locator('h1').innerText()).toContain('G1 Model Performance: PASS')
    const titles = await page.locator('svg.chart .chart-title').allTextContents()
    expect(titles).toEqual([
      'Predicted vs actual',
      'Residuals (predicted − actual)',
      'Interval coverage by prediction decile',
    ])
    // Every holdout row up to the chart's stride is a point; the residual histogram and the ten deciles are bars.
    expect(await page.locator('svg.chart').nth(0).locator('circle').count()).toBeGreaterThan(100)
    expect(await page.locator('svg.chart').nth(1).locator('rect').count()).toBe(30)
    expect(await page.locator('svg.chart').nth(2).locator('rect').count()).toBe(10)
    expect(await page.locator('svg.chart').nth(2).locator('line.ref').count()).toBe(1)
    expect(await page.locator('h2:has-text("Checks") + table tbody tr').count()).toBe(
      evidence.checks.length,
    )
    for (let i = 0; i < 3; i++) {
      const box = await page.locator('svg.chart').nth(i).boundingBox()
      expect(box && box.width > 100 && box.height > 100).toBe(true)
    }
    await page.screenshot({ path: shot, fullPage: true })
    console.log(`screenshot: ${shot}`)
    await page.close()
  })

  it('renders the real G0 evidence of the template: profile and checks, offline', async (ctx) => {
    if (!browser) return ctx.skip()
    const evidence = await templateG0()
    expect(evidence.status).toBe('pass')
    const { page, url, requests, problems, shot } = await openReport('g0-template', evidence)
    expect(requests).toEqual([url])
    expect(problems).toEqual([])
    expect(await page.locator('h1').innerText()).toContain('G0 Data Quality: PASS')
    expect(await page.locator('h2', { hasText: 'Column profile' }).count()).toBe(1)
    const profile = evidence.report.profile as unknown[]
    expect(await page.locator('h2:has-text("Column profile") + table tbody tr').count()).toBe(
      profile.length,
    )
    expect(await page.locator('tr.fail').count()).toBe(0)
    await page.screenshot({ path: shot, fullPage: true })
    console.log(`screenshot: ${shot}`)
    await page.close()
  })
})

describe('G1 charts from the template', () => {
  it("draws the coverage chart's reference line at the coverage KPI's threshold", async () => {
    const chart = (e: EvidenceRecord) =>
      (e.report.charts as Chart[]).find((c) => c.id === 'coverage')!
    // Before, the line sat at 0.9 whatever ssot/kpi_acceptance.csv said.
    expect(chart(await templateG1('0.85')).reference).toEqual({ kind: 'hline', value: 0.85 })
    expect(chart(await templateG1()).reference).toEqual({ kind: 'hline', value: 0.9 })
  })
})
