import { describe, expect, it } from 'vitest'

import { checkLetter } from './letter'

describe('a letter to a resident', () => {
  it('in plain words passes with its reading level', () => {
    const result = checkLetter({
      text: 'Thank you for your note. We fixed the pothole on Main Street today.\n\nCall us if it comes back.',
      language: 'en',
    })
    expect(result.findings).toEqual([])
    expect(result.readingLevel).toMatchObject({
      measure: 'flesch-kincaid-grade',
      target: 8,
      scored: true,
    })
  })

  it('finds shouting, long sentences, hard words and the other language', () => {
    const long = Array.from({ length: 40 }, () => 'word').join(' ')
    const result = checkLetter({
      text: `PLEASE READ THIS NOTICE CAREFULLY NOW.\n\n${long}.\n\nLa Ville a reçu votre demande et nous vous répondrons bientôt avec les renseignements.`,
      language: 'en',
      style: [{ avoid: 'utilize', prefer: 'use' }],
    })
    const rules = result.findings.map((f) => f.rule)
    expect(rules).toContain('all-caps')
    expect(rules).toContain('sentence-length')
    expect(rules).toContain('passage-language')
    expect(result.findings.every((f) => f.path === 'message' && f.severity === 'warning')).toBe(
      true,
    )
  })

  it('scores French with the French measure', () => {
    const result = checkLetter({
      text: 'Merci de votre message. Nous avons réparé le nid-de-poule de la rue Main aujourd’hui.',
      language: 'fr',
    })
    expect(result.readingLevel).toMatchObject({ measure: 'kandel-moles-ease', target: 70 })
  })
})
