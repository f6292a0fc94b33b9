import { describe, expect, it } from 'vitest'

import { customerWroteSince, othersHere, PRESENCE_TTL_MS } from './presence'

const now = new Date('2026-12-08T15:00:00Z')
const ago = (ms: number) => new Date(now.getTime() - ms)

describe('who is here', () => {
  it('lists the others heard from in the last 30 s, typists first, never oneself', () => {
    const rows = [
      { user: '1', name: 'Jordan Roy', typing: false, seenAt: ago(2_000) },
      { user: '2', name: 'Alex Admin', typing: false, seenAt: ago(29_000) },
      { user: '3', name: 'Morgan Tremblay', typing: true, seenAt: ago(4_000) },
      { user: '4', name: 'Gone Person', typing: true, seenAt: ago(PRESENCE_TTL_MS) },
    ]
    expect(othersHere(rows, '1', now).map((r) => r.name)).toEqual(['Morgan Tremblay', 'Alex Admin'])
    expect(othersHere([], '1', now)).toEqual([])
  })

  it('asks to confirm a reply begun before the customer’s latest message', () => {
    expect(customerWroteSince(ago(1_000), ago(60_000))).toBe(true)
    expect(customerWroteSince(ago(60_000), ago(1_000))).toBe(false)
    expect(customerWroteSince(null, ago(1_000))).toBe(false)
    // A reply sent without saying when it began is not held up (an app, a script).
    expect(customerWroteSince(ago(1_000), null)).toBe(false)
  })
})
