import { Parser } from 'htmlparser2'

import type { Catalogue } from '../../../site/lib/i18n'

/**
 * The check that keeps English interface text off French pages: every English phrase of the site's
 * catalogue that French says differently, looked for in the interface text a French page shows (and
 * its aria-label and title attributes), leaving out what editors wrote (`data-content`: their words
 * are theirs, and must never stop a build), passages marked `lang="en…"` (English content shown on
 * purpose, the language switch) and scripts. Single words are left out: French content may borrow
 * one; a phrase of two or more words from the interface may not. Pure.
 */

/**
 * A marker no catalogue string contains: what a function's arguments become to find its fixed
 * words.
 */
const SLOT = '\u0000'

const fragments = (value: unknown): string[] => {
  if (typeof value === 'string') return [value]
  if (typeof value === 'function') {
    const text = String((value as (...args: unknown[]) => unknown)(SLOT, SLOT, SLOT))
    return text.split(SLOT)
  }
  return []
}

const words = (text: string) => text.trim().split(/\s+/).filter(Boolean)

/**
 * The English phrases a French page must not show: in `en`, not the same in `fr`, two words or
 * more.
 */
export const englishPhrases = (en: Catalogue, fr: Catalogue): string[] => {
  const found = new Set<string>()
  const walk = (english: unknown, french: unknown) => {
    if (english && typeof english === 'object') {
      for (const [key, value] of Object.entries(english))
        walk(value, (french as Record<string, unknown> | undefined)?.[key])
      return
    }
    const frenchText = new Set(fragments(french).map((part) => words(part).join(' ')))
    for (const part of fragments(english)) {
      const phrase = words(
        part
          .trim()
          .replace(/[.,:;!?()“”"«»]+$/g, '')
          .replace(/^[.,:;()“”"«»\s–-]+/, ''),
      )
      if (phrase.length < 2) continue
      const text = phrase.join(' ')
      if (!frenchText.has(text)) found.add(text)
    }
  }
  walk(en, fr)
  return [...found].sort((a, b) => b.length - a.length)
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A finder for the phrases, as whole words: one regular expression for every page. */
export const phraseFinder = (phrases: string[]) => {
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${phrases.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
    'u',
  )
  return (text: string): string | null => pattern.exec(text)?.[0] ?? null
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
])
// The <title> repeats the page's heading, which on an item's page is the item's own (editors')
// title.
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'title'])

/**
 * What a French page says in its own language: text and labels outside any element marked as
 * English, outside scripts and styles.
 */
export const frenchPageText = (html: string): string => {
  const out: string[] = []
  // One entry per open element: whether its text is left out.
  const stack: boolean[] = []
  const skipping = () => stack.length > 0 && stack[stack.length - 1] === true
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const lang = attributes.lang?.toLowerCase()
        const skip =
          skipping() ||
          SKIPPED.has(name) ||
          'data-content' in attributes ||
          (lang !== undefined && !lang.startsWith('fr'))
        if (!skip) {
          for (const attribute of ['aria-label', 'title', 'placeholder'])
            if (attributes[attribute]) out.push(attributes[attribute]!)
        }
        if (!VOID.has(name)) stack.push(skip)
      },
      ontext(text) {
        if (!skipping()) out.push(text)
      },
      onclosetag(name, implied) {
        if (!VOID.has(name) || implied === false) stack.pop()
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  )
  parser.write(html)
  parser.end()
  return out.join(' ').replace(/\s+/g, ' ')
}

/** The first English interface phrase a French page shows, or null. */
export const englishOnFrenchPage = (
  html: string,
  find: (text: string) => string | null,
): string | null => find(frenchPageText(html))
