import { describe, expect, it } from 'vitest'

import { createPacer, HEADROOM } from './pacer'

/** A clock that only moves when the pacer waits, recording each start. */
const virtual = (perSecond: number | null) => {
  let now = 1000
  const starts: number[] = []
  const pace = createPacer(
    perSecond,
    () => now,
    async (ms) => {
      now += ms
    },
  )
  return {
    start: async () => {
      await pace()
      starts.push(now)
    },
    starts,
    advance: (ms: number) => (now += ms),
  }
}

describe('createPacer', () => {
  it('without a rate, starts everything at once', async () => {
    for (const rate of [null, 0, -5, Number.POSITIVE_INFINITY]) {
      const v = virtual(rate)
      for (let i = 0; i < 100; i += 1) await v.start()
      expect(new Set(v.starts)).toEqual(new Set([1000]))
    }
  })

  it('at 10 a second, starts are 1/(10 × 0.9) s apart (10% headroom) and 25 take 2.67 s', async () => {
    const v = virtual(10)
    for (let i = 0; i < 25; i += 1) await v.start()
    const gap = 1000 / (10 * HEADROOM)
    expect(v.starts[1]! - v.starts[0]!).toBeCloseTo(gap, 9)
    expect(v.starts[24]! - v.starts[0]!).toBeCloseTo(24 * gap, 6)
    expect(HEADROOM).toBe(0.9)
  })

  it('never more than 90% of the rate in any one-second window', async () => {
    const v = virtual(20)
    for (let i = 0; i < 100; i += 1) await v.start()
    for (const first of v.starts) {
      // (less a rounding hair: the gaps add up to a second within a floating-point error)
      const inWindow = v.starts.filter((t) => t >= first && t < first + 1000 - 1e-6)
      expect(inWindow.length).toBeLessThanOrEqual(18)
    }
  })

  it('idle time is not saved up into a burst', async () => {
    const v = virtual(2)
    await v.start()
    v.advance(10_000)
    await v.start()
    await v.start()
    expect(v.starts.slice(0, 2)).toEqual([1000, 11_000])
    expect(v.starts[2]).toBeCloseTo(11_000 + 1000 / (2 * HEADROOM), 9)
  })

  it('parallel callers share the slots', async () => {
    const v = virtual(4)
    await Promise.all(Array.from({ length: 8 }, () => v.start()))
    expect([...v.starts].sort((a, b) => a - b).at(-1)! - 1000).toBeCloseTo(7 * (1000 / 3.6), 6)
  })
})
