import { describe, expect, it } from 'vitest'

import {
  capCpProblem,
  checkCircle,
  checkExpires,
  checkPolygon,
  checkReferences,
} from './bulletinRules'
import {
  BULLETIN_MSG_TYPE,
  BULLETIN_STATUS,
  CAP_MSG_TYPE,
  CAP_STATUS,
  needsReferences,
} from './capEnums'

describe('checkExpires', () => {
  it.each([
    [undefined, undefined, true],
    ['2026-11-28T12:00:00Z', undefined, true],
    ['2026-11-28T12:00:00Z', '2026-11-28T11:59:59Z', true],
    ['2026-11-28T12:00:00Z', '2026-11-28T12:00:00Z', 'Expires must be later than Effective.'],
    ['2026-11-28T12:00:00Z', '2026-11-29T00:00:00Z', 'Expires must be later than Effective.'],
    ['not a date', undefined, 'Expires is not a valid date and time.'],
  ])('expires %s, effective %s → %s', (expires, effective, verdict) => {
    expect(checkExpires(expires, effective)).toBe(verdict)
  })
})

describe('checkReferences', () => {
  it.each([
    [[], 'Alert', 5, true],
    [undefined, 'Alert', 5, true],
    [[], 'Update', 5, 'An Update must name the bulletin it follows in "References".'],
    [null, 'Cancel', 5, 'A Cancel must name the bulletin it follows in "References".'],
    [[3], 'Update', 5, true],
    [[{ id: 3 }], 'Cancel', 5, true],
    [[3, 5], 'Update', 5, 'A bulletin cannot reference itself.'],
    [[{ id: '5' }], 'Update', 5, 'A bulletin cannot reference itself.'],
    [[3], 'Update', undefined, true],
  ])('%j for %s (own id %s) → %s', (references, msgType, ownId, verdict) => {
    expect(checkReferences(references, msgType, ownId)).toBe(verdict)
  })
})

describe('area shapes', () => {
  it('empty shapes are fine (an area may be a description only)', () => {
    expect(checkPolygon('')).toBe(true)
    expect(checkCircle(undefined)).toBe(true)
  })

  it('errors start with the shape so the editor knows where to look', () => {
    expect(checkPolygon('1,1 2,2 3,3 4,4')).toBe(
      'Polygon: the polygon is not closed: repeat the first point at the end.',
    )
    expect(checkCircle('1,1')).toMatch(/^Circle: /)
    expect(checkPolygon('1,1 2,2 3,3 1,1')).toBe(true)
  })
})

describe('CAP enumerations', () => {
  it('bulletin choices are a subset of CAP 1.2', () => {
    for (const status of BULLETIN_STATUS) expect(CAP_STATUS).toContain(status)
    for (const msgType of BULLETIN_MSG_TYPE) expect(CAP_MSG_TYPE).toContain(msgType)
  })

  it.each([
    ['Alert', false],
    ['Update', true],
    ['Cancel', true],
    [undefined, false],
  ])('%s needs references: %s', (msgType, expected) =>
    expect(needsReferences(msgType)).toBe(expected),
  )
})

describe('capCpProblem', () => {
  const geocode = (value: string) => ({ valueName: 'profile:CAP-CP:Location:0.3', value })
  const ready = {
    eventCode: 'drinkingWate',
    areas: [{ geocodes: [geocode('3506008')] }, { geocodes: [geocode('35')] }],
  }
  it.each([
    ['ready', ready, null],
    ['no event code', { ...ready, eventCode: '' }, 'eventCode'],
    ['an invented event code', { ...ready, eventCode: 'boilWater' }, 'eventCode'],
    ['no area', { ...ready, areas: [] }, 'areas'],
    [
      'an area without geocode',
      { ...ready, areas: [{ geocodes: [geocode('3506008')] }, { geocodes: [] }] },
      'areas.1.geocodes',
    ],
    [
      'a geocode of another scheme only',
      { ...ready, areas: [{ geocodes: [{ valueName: 'SAME', value: '006037' }] }] },
      'areas.0.geocodes',
    ],
    [
      'a geocode that is not an SGC code',
      { ...ready, areas: [{ geocodes: [geocode('Ward 3')] }] },
      'areas.0.geocodes',
    ],
    ['a 5-digit code', { ...ready, areas: [{ geocodes: [geocode('35060')] }] }, 'areas.0.geocodes'],
  ])('%s', (_label, bulletin, field) => {
    expect(capCpProblem(bulletin)?.field ?? null).toBe(field)
  })
})
