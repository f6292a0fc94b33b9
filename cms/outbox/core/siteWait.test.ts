import { describe, expect, it } from 'vitest'

import { EMERGENCY_PRIORITY, NORMAL_PRIORITY } from './priority'
import { shownByBuild, siteWaitEnd, siteWaitLeft } from './siteWait'

const at = (iso: string) => new Date(iso)

describe('siteWaitEnd', () => {
  it('holds a normal send until the wait ends, counted from when it may go', () => {
    expect(siteWaitEnd(NORMAL_PRIORITY, at('2026-12-07T10:00:00Z'), 90_000)).toEqual(
      at('2026-12-07T10:01:30Z'),
    )
  })
  it('never holds an emergency', () => {
    expect(siteWaitEnd(EMERGENCY_PRIORITY, at('2026-12-07T10:00:00Z'), 90_000)).toBeNull()
  })
  it('holds nothing when the wait is turned off', () => {
    expect(siteWaitEnd(NORMAL_PRIORITY, at('2026-12-07T10:00:00Z'), 0)).toBeNull()
  })
})

describe('shownByBuild', () => {
  const send = { startedAt: '2026-12-07T10:00:00.000Z', notBefore: '2026-12-07T10:00:00.000Z' }
  it('is shown by a build that read the CMS at or after the send was written', () => {
    expect(shownByBuild(send, at('2026-12-07T10:00:00Z'))).toBe(true)
    expect(shownByBuild(send, at('2026-12-07T10:00:05Z'))).toBe(true)
  })
  it('is not shown by a build that read the CMS before (it may not hold the item)', () => {
    expect(shownByBuild(send, at('2026-12-07T09:59:59Z'))).toBe(false)
  })
  it('an embargoed release is shown only by a build read after its embargo', () => {
    const embargoed = { ...send, notBefore: '2026-12-07T12:00:00.000Z' }
    expect(shownByBuild(embargoed, at('2026-12-07T11:00:00Z'))).toBe(false)
    expect(shownByBuild(embargoed, at('2026-12-07T12:00:01Z'))).toBe(true)
  })
  it('a send without a time, or with a broken one, is left to the wait’s end', () => {
    expect(shownByBuild({}, at('2026-12-07T12:00:00Z'))).toBe(false)
    expect(shownByBuild({ startedAt: 'soon' }, at('2026-12-07T12:00:00Z'))).toBe(false)
  })
})

describe('siteWaitLeft', () => {
  const now = at('2026-12-07T10:00:00Z')
  it('counts the whole seconds left, none once the wait ended or when not waiting', () => {
    expect(siteWaitLeft('2026-12-07T10:01:29.200Z', now)).toBe(90)
    expect(siteWaitLeft('2026-12-07T09:59:00Z', now)).toBe(0)
    expect(siteWaitLeft(null, now)).toBe(0)
    expect(siteWaitLeft('never', now)).toBe(0)
  })
})
