import { describe, expect, it } from 'vitest'

import { createPacer } from './pacer'

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

  it('at 10 a second, starts are 100 ms apart and 25 take 2.4 s', async () => {
    const v = virtual(10)
    for (let i = 0; i < 25; i += 1) await v.start()
    expect(v.starts.slice(0, 3)).toEqual([1000, 1100, 1200])
    expect(v.starts[24]! - v.starts[0]!).toBe(2400)
  })

  it('never more than the rate in any one-second window', async () => {
    const v = virtual(7)
    for (let i = 0; i < 50; i += 1) await v.start()
    for (const first of v.starts) {
      // (less a rounding hair: 7 gaps of 1000/7 ms add up to 1000 within a floating-point error)
      const inWindow = v.starts.filter((t) => t >= first && t < first + 1000 - 1e-6)
      expect(inWindow.length).toBeLessThanOrEqual(7)
    }
  })

  it('idle time is not saved up into a burst', async () => {
    const v = virtual(2)
    await v.start()
    v.advance(10_000)
    await v.start()
    await v.start()
    expect(v.starts).toEqual([1000, 11_000, 11_500])
  })

  it('parallel callers share the slots', async () => {
    const v = virtual(4)
    await Promise.all(Array.from({ length: 8 }, () => v.start()))
    expect([...v.starts].sort((a, b) => a - b).at(-1)! - 1000).toBe(1750)
  })
})
