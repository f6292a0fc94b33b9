import { describe, expect, it } from 'vitest'

import { handedOver, nextHandOff } from './handOffs'

describe('hand-offs', () => {
  it('wakes every waiter at the next hand-off, and only then', async () => {
    let woken = 0
    const first = nextHandOff(10_000).then(() => (woken += 1))
    const second = nextHandOff(10_000).then(() => (woken += 1))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(woken).toBe(0)
    handedOver()
    await Promise.all([first, second])
    expect(woken).toBe(2)
  })

  it('gives up after its time when nothing is handed over', async () => {
    const started = Date.now()
    await nextHandOff(30)
    expect(Date.now() - started).toBeGreaterThanOrEqual(25)
    // A hand-off with nobody waiting wakes nobody later.
    handedOver()
    let late = false
    const waiting = nextHandOff(40).then(() => (late = true))
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(late).toBe(false)
    await waiting
  })
})
