import { describe, expect, it } from 'vitest'

import { firstFreeSlug, isValidSlug, MAX_SLUG_LENGTH, slugify } from './slugify'

describe('slugify', () => {
  it.each([
    ['Road Closure on Main Street', 'road-closure-on-main-street'],
    ["Avis d'ébullition de l'eau", 'avis-d-ebullition-de-l-eau'],
    ['Fermeture : Œuvre « Été » 2026', 'fermeture-oeuvre-ete-2026'],
    ['Arts & Culture Grants', 'arts-and-culture-grants'],
    ['  --Leading and trailing--  ', 'leading-and-trailing'],
    ['COVID-19 update #3', 'covid-19-update-3'],
    ['Straße', 'strasse'],
    ['Ærø', 'aero'],
    ['🚨🚨🚨', ''],
    ['', ''],
  ])('%j → %j', (title, slug) => expect(slugify(title)).toBe(slug))

  it('cuts long titles at a word boundary, never past the limit', () => {
    const title = 'word '.repeat(40)
    const slug = slugify(title)
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH)
    expect(slug.endsWith('word')).toBe(true)
  })

  it('cuts one unbroken long word at the limit', () => {
    expect(slugify('a'.repeat(120))).toBe('a'.repeat(MAX_SLUG_LENGTH))
  })
})

describe('isValidSlug', () => {
  it.each([
    ['road-closure', true],
    ['a', true],
    ['2026-budget', true],
    ['Road-Closure', false],
    ['road--closure', false],
    ['-road', false],
    ['road-', false],
    ['road closure', false],
    ['', false],
    ['a'.repeat(MAX_SLUG_LENGTH + 1), false],
  ])('%j → %s', (slug, valid) => expect(isValidSlug(slug)).toBe(valid))
})

describe('firstFreeSlug', () => {
  it('keeps a free slug, otherwise numbers from 2', () => {
    expect(firstFreeSlug('news', new Set())).toBe('news')
    expect(firstFreeSlug('news', new Set(['news']))).toBe('news-2')
    expect(firstFreeSlug('news', new Set(['news', 'news-2', 'news-3']))).toBe('news-4')
  })

  it('stays within the length limit when adding a suffix', () => {
    const base = 'a'.repeat(MAX_SLUG_LENGTH)
    const next = firstFreeSlug(base, new Set([base]))
    expect(next.length).toBe(MAX_SLUG_LENGTH)
    expect(next.endsWith('-2')).toBe(true)
  })
})
