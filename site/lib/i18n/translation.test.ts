import { describe, expect, it } from 'vitest'

import { inLocale, missingFrench } from './translation'

const rich = (text: string) => ({
  root: { children: [{ type: 'paragraph', children: text ? [{ type: 'text', text }] : [] }] },
})

describe('missingFrench', () => {
  const english = { title: 'Road closed', summary: 'Main Street is closed.', body: rich('Detour.') }

  it('names every field the English version fills and the French one does not', () => {
    expect(missingFrench(english, null)).toEqual(['title', 'summary', 'body'])
    expect(
      missingFrench(english, { title: 'Route fermée', summary: '  ', body: rich('') }),
    ).toEqual(['summary', 'body'])
  })

  it('is empty when the French version has every field', () => {
    expect(
      missingFrench(english, {
        title: 'Route fermée',
        summary: 'La rue Main est fermée.',
        body: rich('Détour.'),
      }),
    ).toEqual([])
  })

  it('asks nothing of fields the English version leaves empty', () => {
    expect(
      missingFrench({ ...english, instruction: null }, { ...english, instruction: '' }),
    ).toEqual([])
    expect(missingFrench({ ...english, instruction: 'Stay home.' }, english)).toEqual([
      'instruction',
    ])
  })
})

describe('inLocale', () => {
  const item = {
    slug: 'road',
    title: 'Road closed',
    summary: 'Main Street is closed.',
    body: rich('Detour.'),
    quotes: [{ quote: 'Drive safely.', attribution: 'Mayor' }],
    fr: null as Record<string, unknown> | null,
  }

  it('shows English pages as they are', () => {
    expect(inLocale(item, 'en')).toEqual({ item, contentLocale: 'en', untranslated: false })
  })

  it('shows the English text, marked untranslated, on a French page of an item without French', () => {
    expect(inLocale(item, 'fr')).toMatchObject({ contentLocale: 'en', untranslated: true })
    expect(inLocale({ ...item, fr: { title: 'Route fermée' } }, 'fr').untranslated).toBe(true)
  })

  it('shows the French version, English only where a minor French field is empty', () => {
    const view = inLocale(
      {
        ...item,
        fr: {
          title: 'Route fermée',
          summary: 'La rue Main est fermée.',
          body: rich('Détour.'),
          quotes: [{ quote: null, attribution: 'Mayor' }],
        },
      },
      'fr',
    )
    expect(view.contentLocale).toBe('fr')
    expect(view.item.title).toBe('Route fermée')
    expect(view.item.quotes[0]!.quote).toBe('Drive safely.')
    expect(view.item.slug).toBe('road')
  })
})
