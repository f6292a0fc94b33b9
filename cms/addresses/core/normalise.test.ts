import { describe, expect, it } from 'vitest'

import { addressLabel, foldAddress, normaliseStreet, parseAddress, searchKey } from './normalise'

describe('parseAddress', () => {
  it.each([
    ['123 main st.', { number: '123', street: 'Main Street', unit: null }],
    ['123 Main Street', { number: '123', street: 'Main Street', unit: null }],
    ['  123   MAIN   ST  ', { number: '123', street: 'Main Street', unit: null }],
    ['45 ouellette ave', { number: '45', street: 'Ouellette Avenue', unit: null }],
    ['12a king st w', { number: '12A', street: 'King Street West', unit: null }],
    ['4-123 Main St', { number: '123', street: 'Main Street', unit: '4' }],
    ['Unit 4, 123 Main St', { number: '123', street: 'Main Street', unit: '4' }],
    ['123 Main St apt 4b', { number: '123', street: 'Main Street', unit: '4B' }],
    ['123 Main St #12', { number: '123', street: 'Main Street', unit: '12' }],
    ['9 St. Clair Blvd', { number: '9', street: 'St. Clair Boulevard', unit: null }],
    ['77, rue Principale', { number: '77', street: 'rue Principale', unit: null }],
    ['300 boul. Saint-Laurent', { number: '300', street: 'boulevard Saint-Laurent', unit: null }],
    ['main street', { number: null, street: 'Main Street', unit: null }],
    ['10 Lakeview Cres', { number: '10', street: 'Lakeview Crescent', unit: null }],
  ])('%s', (input, expected) => {
    expect(parseAddress(input)).toEqual(expected)
  })

  it('keeps a street word that is only a type at the end ("Court Street" stays a name)', () => {
    expect(normaliseStreet('court st')).toBe('Court Street')
    expect(normaliseStreet('st clair ave')).toBe('St. Clair Avenue')
  })
})

describe('labels and keys', () => {
  it('writes the address back the way the City spells it', () => {
    expect(addressLabel({ number: '123', street: 'Main Street', unit: '4' })).toBe(
      '123 Main Street, Unit 4',
    )
    expect(addressLabel({ number: '5', street: 'Erie Street', unit: null })).toBe('5 Erie Street')
  })

  it('folds case and accents so "Montée" and "montee" meet', () => {
    expect(foldAddress('12 Montée Élise')).toBe('12 montee elise')
    expect(searchKey({ number: '123', street: 'Main Street' })).toBe('main street 123')
    expect(searchKey(parseAddress('123 main st.'))).toBe(
      searchKey({ number: '123', street: 'Main Street' }),
    )
  })
})
