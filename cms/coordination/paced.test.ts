import type { Payload } from 'payload'
import { describe, expect, it, vi } from 'vitest'

import { paced } from './scheduledWork'

const payload = {} as Payload
const at = (ms: number) => new Date(ms)

describe('a scheduled step at its own pace', () => {
  it('runs at the first pass, then once every interval; skipped passes report null', async () => {
    const work = vi.fn(async () => 7)
    const run = paced(1000, work)
    const start = Date.now()
    expect(await run(payload, at(start), [])).toBe(7)
    expect(await run(payload, at(start + 999), [])).toBeNull()
    expect(await run(payload, at(start + 1000), [])).toBe(7)
    expect(work).toHaveBeenCalledTimes(2)
  })

  it('with firstAfterStart, waits one interval after the process started', async () => {
    const work = vi.fn(async () => true)
    const start = Date.now()
    const run = paced(1000, work, { firstAfterStart: true })
    expect(await run(payload, at(start + 10), [])).toBeNull()
    expect(await run(payload, at(start + 1500), [])).toBe(true)
    expect(await run(payload, at(start + 1600), [])).toBeNull()
    expect(work).toHaveBeenCalledTimes(1)
  })
})
