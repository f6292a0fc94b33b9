import { describe, expect, it } from 'vitest'

import { en } from '../../../site/lib/i18n/en'
import { fr } from '../../../site/lib/i18n/fr'
import { englishOnFrenchPage, englishPhrases, frenchPageText, phraseFinder } from './languageCheck'

const find = phraseFinder(englishPhrases(en, fr))
const page = (body: string) =>
  `<!doctype html><html lang="fr-CA"><head><title>Accueil</title></head><body>${body}</body></html>`

describe('englishPhrases', () => {
  const phrases = englishPhrases(en, fr)

  it('takes the English phrases French says differently, and the fixed words of functions', () => {
    expect(phrases).toContain('Skip to main content')
    expect(phrases).toContain('Emergency alerts in effect')
    // From pager.pageOf(page, pages) → "Page 1 of 2": "of" alone is one word, so not taken.
    expect(phrases).toContain('Corporate Communications')
    expect(phrases).toContain('Call 311 for City services')
  })

  it('leaves out single words and what both languages write alike', () => {
    expect(phrases).not.toContain('Publications')
    expect(phrases).not.toContain('News')
    expect(phrases.every((phrase) => phrase.split(' ').length >= 2)).toBe(true)
  })
})

describe('a French page', () => {
  it('passes when it speaks French and marks its English passages', () => {
    const html = page(
      `<a href="/" lang="en-CA" aria-label="Read this page in English">English</a>` +
        `<p class="translation-notice">Cette page n’est offerte qu’en anglais.</p>` +
        `<div lang="en-CA"><h1>Skip to main content is a phrase here</h1><p>News releases, page 2 of 3</p></div>` +
        `<script>var label = 'Emergency alerts in effect'</script>` +
        `<h1 data-content>Le « Site map » de la Ville</h1>`,
    ).replace('<title>Accueil</title>', '<title>Naming rights – Ville de Riverton</title>')
    expect(englishOnFrenchPage(html, find)).toBeNull()
  })

  it('fails on an interface phrase left in English, in text or in a label', () => {
    expect(englishOnFrenchPage(page('<a href="#main">Skip to main content</a>'), find)).toBe(
      'Skip to main content',
    )
    expect(
      englishOnFrenchPage(page('<nav aria-label="Filter publications by kind"></nav>'), find),
    ).toBe('Filter publications by kind')
    expect(englishOnFrenchPage(page('<div lang="fr-CA"><p>Previous page</p></div>'), find)).toBe(
      'Previous page',
    )
  })

  it('reads past void elements and entities', () => {
    expect(
      frenchPageText(page('<p>Un<br>deux&nbsp;trois</p><img alt="x"><p>Next page</p>')),
    ).toMatch(/Next page/)
    expect(
      englishOnFrenchPage(page('<span lang="en"><br><img alt="">Next page</span>'), find),
    ).toBeNull()
  })
})
