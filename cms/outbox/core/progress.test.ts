import { describe, expect, it } from 'vitest'

import { formatDuration, sendProgress } from './progress'

describe('sendProgress', () => {
  const start = new Date('2026-11-27T12:00:00Z')
  it('computes rate and time left from what has gone', () => {
    expect(
      sendProgress({ total: 1000, sent: 190, failed: 10 }, start, new Date('2026-11-27T12:00:10Z')),
    ).toEqual({
      total: 1000,
      sent: 190,
      failed: 10,
      queued: 800,
      ratePerSecond: 20,
      etaSeconds: 40,
    })
  })
  it('knows no rate before the first message, and nothing left when done', () => {
    expect(sendProgress({ total: 10, sent: 0, failed: 0 }, start, start)).toMatchObject({
      ratePerSecond: null,
      etaSeconds: null,
      queued: 10,
    })
    expect(
      sendProgress({ total: 10, sent: 9, failed: 1 }, start, new Date('2026-11-27T12:00:05Z')),
    ).toMatchObject({ queued: 0, etaSeconds: 0 })
  })
  it.each([
    [null, 'unknown'],
    [0.2, '1 s'],
    [59, '59 s'],
    [61, '2 min'],
    [5400, '1.5 h'],
  ] as const)('formats %s as %s', (s, text) => expect(formatDuration(s)).toBe(text))
})
