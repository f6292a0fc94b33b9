import { describe, expect, it } from 'vitest'

import { sampleSnapshot } from '../../tests/helpers/snapshot'
import { activeAlerts, formatBytes, formatDate, formatMoney, listed, publicDate } from './content'
import type { Bulletin } from './types'

describe('site content rules', () => {
  const snapshot = sampleSnapshot()

  it('lists newest first by release date, without withdrawn items', () => {
    expect(listed(snapshot.releases).map((r) => r.title)).toEqual(['Pools open', 'Old news'])
  })

  it('dates an item by its release or issue date, else its first publication', () => {
    expect(publicDate(snapshot.releases[0]!)).toBe('2026-11-25T13:00:00.000Z')
    expect(publicDate(snapshot.publications[0]!)).toBe('2026-11-20T14:00:00.000Z')
  })

  it('an alert is in force until it expires, is withdrawn, or a later bulletin names it', () => {
    const now = new Date('2026-11-27T12:00:00Z')
    expect(activeAlerts(snapshot.bulletins, now).map((b) => b.title)).toEqual(['Heat warning'])
    expect(activeAlerts(snapshot.bulletins, new Date('2026-11-29T00:00:00Z'))).toEqual([])
    const cancel = {
      ...snapshot.bulletins[0]!,
      id: 32,
      msgType: 'Cancel',
      references: [30],
    } as Bulletin
    expect(activeAlerts([...snapshot.bulletins, cancel], now)).toEqual([])
    const withdrawn = { ...snapshot.bulletins[0]!, workflowState: 'withdrawn' } as Bulletin
    expect(activeAlerts([withdrawn], now)).toEqual([])
  })

  it('formats in the City time zone and Canadian conventions', () => {
    // 03:30 UTC on the 28th is still the 27th in Ontario.
    expect(formatDate('2026-11-28T03:30:00Z')).toBe('November 27, 2026')
    expect(formatMoney(75000)).toBe('$75,000')
    expect(formatBytes(2_400_000)).toBe('2.4 MB')
    expect(formatBytes(300)).toBe('1 KB')
  })
})
