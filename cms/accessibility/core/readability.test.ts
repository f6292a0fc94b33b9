import { describe, expect, it } from 'vitest'

import fixture from '../fixtures/reading-passages.json'
import { fleschKincaid, sentencesOf, wordsOf } from './readability'

describe('Flesch–Kincaid grade', () => {
  const plain = fixture.passages.filter((p) => !('tolerance' in p))
  it(`has at least 10 reference passages scored within one grade (${fixture.reference})`, () =>
    expect(plain.length).toBeGreaterThanOrEqual(10))

  it('the reference grades are what the reference implementation says today', async () => {
    const { default: reference } = await import('text-readability')
    for (const p of fixture.passages)
      expect(reference.fleschKincaidGrade(p.text), p.source).toBeCloseTo(p.fleschKincaidGrade, 1)
  })

  it.each(
    fixture.passages.map(
      (p) =>
        [
          p.source,
          p.text,
          p.fleschKincaidGrade,
          'tolerance' in p ? Number(p.tolerance) : 1,
        ] as const,
    ),
  )('%s: close to the reference', (_source, text, expected, tolerance) => {
    const reading = fleschKincaid(text)!
    expect(
      Math.abs(reading.grade - expected),
      `ours ${reading.grade}, reference ${expected}`,
    ).toBeLessThanOrEqual(tolerance)
  })

  it('splits sentences without breaking on abbreviations or times', () => {
    expect(
      sentencesOf('Mr. Smith met Dr. Jones at 9 a.m. on Main St. today. They talked.'),
    ).toHaveLength(2)
    expect(sentencesOf('Is it safe? Yes! Boil water first.')).toHaveLength(3)
    expect(sentencesOf('')).toEqual([])
  })

  it('counts words, keeping contractions and hyphenated words whole', () => {
    expect(wordsOf("Don't drink non-boiled water, it's 2026.")).toEqual([
      "Don't",
      'drink',
      'non-boiled',
      'water',
      "it's",
      '2026',
    ])
  })

  it('has no score for text with no words', () => {
    expect(fleschKincaid('')).toBeNull()
    expect(fleschKincaid('— … !!')).toBeNull()
  })
})
