import { escapeHtml } from './escape.js'
import { formatValue } from './format.js'

/** Chart data as gates put it in `report.charts`; the HTML report draws it as inline SVG. */
export interface Chart {
  id: string
  title: string
  kind: 'scatter' | 'histogram' | 'line' | 'bar'
  xLabel: string
  yLabel: string
  series: { name: string; points: [number, number][] }[]
  reference?: { kind: 'diagonal' } | { kind: 'hline' | 'vline'; value: number }
}

const W = 480
const H = 320
const M = { left: 64, right: 16, top: 36, bottom: 48 }
const COLORS = ['#0969da', '#cf222e', '#1a7f37', '#8250df', '#bc4c00']

/** Round tick steps (1, 2, 5 × 10^k) covering [lo, hi] with about `count` ticks. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return []
  if (lo === hi) return [lo]
  const raw = (hi - lo) / Math.max(1, count)
  const mag = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag
  const ticks: number[] = []
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step)
    ticks.push(Number(t.toPrecision(12)))
  return ticks
}

function extent(values: number[]): [number, number] {
  let lo = Number.POSITIVE_INFINITY
  let hi = Number.NEGATIVE_INFINITY
  for (const v of values) {
    if (v < lo) lo = v
    if (v > hi) hi = v
  }
  if (lo === Number.POSITIVE_INFINITY) return [0, 1]
  if (lo === hi) return [lo - 1, hi + 1]
  const pad = (hi - lo) * 0.04
  return [lo - pad, hi + pad]
}

/** Renders one chart as a standalone `<svg>` element; NaN and infinite points are skipped. */
export function renderChart(chart: Chart): string {
  const series = chart.series.map((s) => ({
    ...s,
    points: s.points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y)),
  }))
  const xs = series.flatMap((s) => s.points.map((p) => p[0]))
  const ys = series.flatMap((s) => s.points.map((p) => p[1]))
  const bars = chart.kind === 'histogram' || chart.kind === 'bar'
  if (bars) ys.push(0)
  let [x0, x1] = extent(xs)
  let [y0, y1] = extent(ys)
  if (chart.reference?.kind === 'diagonal') {
    x0 = y0 = Math.min(x0, y0)
    x1 = y1 = Math.max(x1, y1)
  }
  if (bars) {
    y0 = 0
    // Half a bar of room on each side, so the outer bars stay inside the axes.
    const sorted = [...new Set(xs)].sort((a, b) => a - b)
    const step = sorted.length > 1 ? Math.min(...sorted.slice(1).map((x, k) => x - sorted[k]!)) : 1
    x0 = Math.min(x0, (sorted[0] ?? 0) - step / 2)
    x1 = Math.max(x1, (sorted.at(-1) ?? 1) + step / 2)
  }
  const px = (x: number) => M.left + ((x - x0) / (x1 - x0)) * (W - M.left - M.right)
  const py = (y: number) => H - M.bottom - ((y - y0) / (y1 - y0)) * (H - M.top - M.bottom)
  const parts: string[] = []
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeHtml(chart.title)}" class="chart">`,
  )
  parts.push(
    `<text x="${W / 2}" y="20" text-anchor="middle" class="chart-title">${escapeHtml(chart.title)}</text>`,
  )
  for (const t of niceTicks(y0, y1)) {
    const y = py(t).toFixed(1)
    parts.push(
      `<line x1="${M.left}" x2="${W - M.right}" y1="${y}" y2="${y}" class="grid"/><text x="${M.left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle" class="tick">${escapeHtml(formatValue(t))}</text>`,
    )
  }
  for (const t of niceTicks(x0, x1)) {
    const x = px(t).toFixed(1)
    parts.push(
      `<line x1="${x}" x2="${x}" y1="${H - M.bottom}" y2="${H - M.bottom + 4}" class="axis"/><text x="${x}" y="${H - M.bottom + 16}" text-anchor="middle" class="tick">${escapeHtml(formatValue(t))}</text>`,
    )
  }
  parts.push(
    `<line x1="${M.left}" x2="${W - M.right}" y1="${H - M.bottom}" y2="${H - M.bottom}" class="axis"/><line x1="${M.left}" x2="${M.left}" y1="${M.top}" y2="${H - M.bottom}" class="axis"/>`,
  )
  parts.push(
    `<text x="${(M.left + W - M.right) / 2}" y="${H - 8}" text-anchor="middle" class="label">${escapeHtml(chart.xLabel)}</text>`,
  )
  parts.push(
    `<text transform="translate(14 ${(M.top + H - M.bottom) / 2}) rotate(-90)" text-anchor="middle" class="label">${escapeHtml(chart.yLabel)}</text>`,
  )
  series.forEach((s, i) => {
    const color = COLORS[i % COLORS.length]
    if (chart.kind === 'scatter') {
      for (const [x, y] of s.points)
        parts.push(
          `<circle cx="${px(x).toFixed(1)}" cy="${py(y).toFixed(1)}" r="2" fill="${color}" fill-opacity="0.6"/>`,
        )
    } else if (chart.kind === 'line') {
      const d = s.points
        .map(([x, y], k) => `${k ? 'L' : 'M'}${px(x).toFixed(1)},${py(y).toFixed(1)}`)
        .join('')
      if (d) parts.push(`<path d="${d}" fill="none" stroke="${color}" stroke-width="2"/>`)
    } else {
      const sorted = [...s.points].sort((a, b) => a[0] - b[0])
      const gap =
        sorted.length > 1 ? Math.min(...sorted.slice(1).map((p, k) => p[0] - sorted[k]![0])) : 1
      const width = Math.max(1, ((px(x0 + gap) - px(x0)) * 0.9) / chart.series.length)
      for (const [x, y] of sorted) {
        parts.push(
          `<rect x="${(px(x) - (width * chart.series.length) / 2 + i * width).toFixed(1)}" y="${py(y).toFixed(1)}" width="${width.toFixed(1)}" height="${Math.max(0, py(0) - py(y)).toFixed(1)}" fill="${color}"/>`,
        )
      }
    }
  })
  // The reference line last, so bars never hide it.
  const ref = chart.reference
  if (ref?.kind === 'diagonal')
    parts.push(`<line x1="${px(x0)}" y1="${py(y0)}" x2="${px(x1)}" y2="${py(y1)}" class="ref"/>`)
  else if (ref?.kind === 'hline')
    parts.push(
      `<line x1="${M.left}" x2="${W - M.right}" y1="${py(ref.value)}" y2="${py(ref.value)}" class="ref"/>`,
    )
  else if (ref?.kind === 'vline')
    parts.push(
      `<line x1="${px(ref.value)}" x2="${px(ref.value)}" y1="${M.top}" y2="${H - M.bottom}" class="ref"/>`,
    )
  if (series.length > 1) {
    series.forEach((s, i) =>
      parts.push(
        `<text x="${W - M.right}" y="${M.top + 12 * i}" text-anchor="end" class="legend" fill="${COLORS[i % COLORS.length]}">${escapeHtml(s.name)}</text>`,
      ),
    )
  }
  if (xs.length === 0)
    parts.push(`<text x="${W / 2}" y="${H / 2}" text-anchor="middle" class="label">no data</text>`)
  parts.push('</svg>')
  return parts.join('')
}
