import { describe, expect, it } from 'vitest'

import { analyser, baseTerm, parseSynonyms, synonymMap } from './analyse'

describe('search terms', () => {
  it('drops common words in each language', () => {
    expect(baseTerm('the', 'en')).toBeNull()
    expect(baseTerm('The', 'en')).toBeNull()
    expect(baseTerm('les', 'fr')).toBeNull()
    expect(baseTerm('où', 'fr')).toBeNull()
    expect(baseTerm('ou', 'fr')).toBeNull()
    expect(baseTerm('pothole', 'en')).toBe('pothol')
  })

  it('stems English with Porter and French with Snowball, accents or not', () => {
    expect(baseTerm('collected', 'en')).toBe(baseTerm('collection', 'en'))
    expect(baseTerm('ménagères', 'fr')).toBe(baseTerm('menageres', 'fr'))
    expect(baseTerm('déneigée', 'fr')).toBe(baseTerm('déneigement', 'fr'))
    expect(baseTerm('Déneigée', 'fr')).toBe(baseTerm('deneigee', 'fr'))
  })

  it('reads editors’ synonym groups, one a line, skipping comments and single words', () => {
    expect(parseSynonyms('# roads\ngarbage, trash = refuse\n\nalone\n couch ,sofa ')).toEqual([
      ['garbage', 'trash', 'refuse'],
      ['couch', 'sofa'],
    ])
  })

  it('maps every word of a group to its first word’s term; a word in two groups keeps the first', () => {
    const map = synonymMap(
      [
        ['garbage', 'trash'],
        ['trash', 'junk'],
      ],
      'en',
    )
    const analyse = analyser('en', map)
    expect(analyse('trash')).toBe('garbag')
    expect(analyse('Garbage')).toBe('garbag')
    expect(analyse('junk')).toBe('trash')
    expect(analyse('of')).toBeNull()
  })
})
