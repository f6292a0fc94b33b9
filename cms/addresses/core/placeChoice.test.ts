import { describe, expect, it } from 'vitest'

import { ADDRESS_MAX, placeConsent, readPlaceChoice } from './placeChoice'

const WARDS = [1, 2, 3, 4, 5, 6]
const read = (input: Record<string, unknown>) => readPlaceChoice(input, WARDS)

describe('where a subscriber wants alerts for', () => {
  it('is everywhere by default, as before, with no place kept', () => {
    expect(read({})).toEqual({ ok: true, value: { area: 'everywhere', wards: [], address: null } })
    expect(read({ area: '', wards: '', address: '' })).toEqual(read({}))
  })

  it('takes wards as a list or as comma-separated text, each once, in order', () => {
    const expected = { ok: true, value: { area: 'mine', wards: [2, 5], address: null } }
    expect(read({ area: 'mine', wards: [5, 2, 5] })).toEqual(expected)
    expect(read({ area: 'mine', wards: ['5', '2'] })).toEqual(expected)
    expect(read({ area: 'mine', wards: '5, 2' })).toEqual(expected)
    expect(read({ area: 'mine', wards: 2 })).toEqual({
      ...expected,
      value: { ...expected.value, wards: [2] },
    })
  })

  it('refuses a ward the City does not have, or a ward that is not a number, naming the field', () => {
    for (const wards of [[7], ['2a'], [2.5], [-1], ['1e1'], [null], { 2: true }])
      expect(read({ area: 'mine', wards })).toMatchObject({ ok: false, field: 'wards' })
    expect(read({ area: 'mine', wards: [9] })).toMatchObject({
      message: '9 is not a ward; the wards are 1, 2, 3, 4, 5, 6.',
    })
  })

  it('keeps the address as typed, spaces tidied, and refuses what cannot be one', () => {
    expect(read({ area: 'mine', address: '  12   Main  Street ' })).toEqual({
      ok: true,
      value: { area: 'mine', wards: [], address: '12 Main Street' },
    })
    expect(read({ address: 12 })).toMatchObject({ ok: false, field: 'address' })
    expect(read({ address: ['12 Main'] })).toMatchObject({ ok: false, field: 'address' })
    expect(read({ address: 'x'.repeat(ADDRESS_MAX + 1) })).toMatchObject({
      ok: false,
      field: 'address',
    })
  })

  it('"mine" needs an address or a ward; an unknown area is refused', () => {
    expect(read({ area: 'mine' })).toMatchObject({ ok: false, field: 'area' })
    expect(read({ area: 'mine', address: '   ' })).toMatchObject({ ok: false, field: 'area' })
    expect(read({ area: 'near' })).toMatchObject({
      ok: false,
      field: 'area',
      message: '`area` is everywhere or mine.',
    })
    expect(read({ area: ['mine'] })).toMatchObject({ ok: false, field: 'area' })
  })

  it('with "everywhere" no place is kept (nothing personal that no alert uses), once checked', () => {
    expect(read({ area: 'everywhere', wards: [3], address: '1 King St' })).toEqual({
      ok: true,
      value: { area: 'everywhere', wards: [], address: null },
    })
    expect(read({ area: 'everywhere', wards: [9] })).toMatchObject({ ok: false, field: 'wards' })
  })
})

describe('what the consent says about a place', () => {
  it('says nothing is kept for the whole city, in both languages', () => {
    const everywhere = { area: 'everywhere' as const, wards: [], address: null }
    expect(placeConsent('en', everywhere)).toBe('Alerts for the whole city; no address is kept.')
    expect(placeConsent('fr', everywhere)).toContain('aucune adresse')
  })

  it('names what is kept: the register address, the wards, or both', () => {
    expect(placeConsent('en', { area: 'mine', wards: [], address: 12 })).toContain(
      'the City keeps the register address I gave, for this alone',
    )
    expect(placeConsent('en', { area: 'mine', wards: [2, 5], address: 12 })).toContain(
      'the register address I gave and wards 2, 5',
    )
    expect(placeConsent('fr', { area: 'mine', wards: [2], address: null })).toContain(
      'la Ville conserve le quartier 2',
    )
  })
})
