import { describe, expect, it } from 'vitest'

import { baseForm, mendCompounds, vocabularyOf, wordsOf } from './searchWords'

const vocabulary = vocabularyOf([
  'Report a pothole on the road',
  'Water main break: water coming up from the street',
  'Streetlight out',
  'Nid-de-poule sur la chaussée',
])

describe('mending what people type', () => {
  it('splits words on anything but letters and digits, folded', () => {
    expect(wordsOf('Nid-de-poule, rue Élan (2e)')).toEqual([
      'nid',
      'de',
      'poule',
      'rue',
      'elan',
      '2e',
    ])
  })

  it('joins two words the answers write as one, splits one they write as two', () => {
    expect(mendCompounds(wordsOf('pot hole on my street'), vocabulary)).toEqual([
      'pothole',
      'on',
      'my',
      'street',
    ])
    expect(mendCompounds(wordsOf('broken watermain'), vocabulary)).toEqual([
      'broken',
      'water',
      'main',
    ])
    expect(mendCompounds(wordsOf('street light'), vocabulary)).toEqual(['streetlight'])
  })

  it('leaves alone what the answers do not use, and never cuts a word into scraps', () => {
    expect(mendCompounds(wordsOf('xylophone quartet'), vocabulary)).toEqual([
      'xylophone',
      'quartet',
    ])
    // "on" + "the" is no word of theirs; a part must be three letters or more.
    expect(mendCompounds(['onthe'], vocabularyOf(['on the road']))).toEqual(['onthe'])
    expect(mendCompounds(['a', 'pothole'], vocabulary)).toEqual(['a', 'pothole'])
  })

  it('takes irregular forms to their word, in each language', () => {
    expect(baseForm('Broken', 'en')).toBe('break')
    expect(baseForm('fell', 'en')).toBe('fall')
    expect(baseForm('collected', 'en')).toBe('collected')
    expect(baseForm('éteinte', 'fr')).toBe('eteindre')
    expect(baseForm('broken', 'fr')).toBe('broken')
  })
})
