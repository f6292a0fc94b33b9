import type { StandardsRow } from './standards'

/**
 * The standards chart's geometry: one group of bars per month, one bar per channel, each as tall as
 * the percentage of first replies within the standard. Pure, so the admin's SVG and its data table
 * come from the same numbers.
 */
export type Bar = {
  month: string
  channel: string
  percent: number | null
  x: number
  y: number
  width: number
  height: number
}

export const CHART = { width: 640, height: 240, top: 16, bottom: 40, left: 40, right: 8 } as const

export const chartBars = (rows: readonly StandardsRow[]) => {
  const months = [...new Set(rows.map((r) => r.month))].sort()
  const channels = [...new Set(rows.map((r) => r.channel))].sort()
  const plotWidth = CHART.width - CHART.left - CHART.right
  const plotHeight = CHART.height - CHART.top - CHART.bottom
  const groupWidth = months.length ? plotWidth / months.length : plotWidth
  const barWidth = channels.length ? (groupWidth * 0.8) / channels.length : 0
  const bars: Bar[] = []
  months.forEach((month, m) => {
    channels.forEach((channel, c) => {
      const row = rows.find((r) => r.month === month && r.channel === channel)
      if (!row) return
      const percent = row.percentMet
      const height = percent === null ? 0 : (percent / 100) * plotHeight
      bars.push({
        month,
        channel,
        percent,
        x: CHART.left + m * groupWidth + groupWidth * 0.1 + c * barWidth,
        y: CHART.top + plotHeight - height,
        width: Math.max(1, barWidth - 2),
        height,
      })
    })
  })
  return {
    bars,
    months: months.map((month, m) => ({ month, x: CHART.left + m * groupWidth + groupWidth / 2 })),
    channels,
  }
}
