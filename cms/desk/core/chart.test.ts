import { describe, expect, it } from 'vitest'

import { CHART, chartBars } from './chart'
import type { StandardsRow } from './standards'

const row = (
  month: string,
  channel: StandardsRow['channel'],
  percentMet: number | null,
): StandardsRow => ({
  month,
  channel,
  department: 'all',
  received: 1,
  met: 0,
  missed: 0,
  pending: 0,
  notApplicable: 0,
  percentMet,
  medianHoursToFirstReply: null,
  satisfactionAverage: null,
  satisfactionResponses: 0,
  nextRepliesMet: 0,
  nextRepliesMissed: 0,
  percentNextReplyMet: null,
  resolvedMet: 0,
  resolvedMissed: 0,
  resolutionPending: 0,
  percentResolvedMet: null,
})

describe('the standards chart', () => {
  it('draws a bar per month and channel, as tall as its percentage', () => {
    const chart = chartBars([
      row('2026-11', 'web', 100),
      row('2026-11', 'phone', 50),
      row('2026-12', 'web', null),
    ])
    expect(chart.months.map((m) => m.month)).toEqual(['2026-11', '2026-12'])
    expect(chart.channels).toEqual(['phone', 'web'])
    const plot = CHART.height - CHART.top - CHART.bottom
    const full = chart.bars.find((b) => b.month === '2026-11' && b.channel === 'web')!
    const half = chart.bars.find((b) => b.channel === 'phone')!
    expect(full.height).toBe(plot)
    expect(half.height).toBe(plot / 2)
    expect(full.y + full.height).toBe(half.y + half.height)
    expect(chart.bars.find((b) => b.month === '2026-12')!.height).toBe(0)
    for (const bar of chart.bars) expect(bar.x + bar.width).toBeLessThanOrEqual(CHART.width)
  })

  it('draws nothing for no data', () => {
    expect(chartBars([])).toEqual({ bars: [], months: [], channels: [] })
  })
})
