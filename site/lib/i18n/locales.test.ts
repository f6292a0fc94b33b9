import { describe, expect, it } from 'vitest'

import { en } from './en'
import { fr } from './fr'
import { formatDate, formatMoney, formatNumber } from './format'
import { FEED_PATH, itemPath, localeOfPath, twinOfPath } from './locales'

describe('paths in both languages', () => {
  it('puts French under /fr/ with French section names', () => {
    const item = { slug: 'road-closed', slugFr: 'route-fermee' }
    expect(itemPath('news', item, 'en')).toBe('/news/road-closed/')
    expect(itemPath('news', item, 'fr')).toBe('/fr/nouvelles/route-fermee/')
    expect(itemPath('sponsorship', { slug: 'x' }, 'fr')).toBe('/fr/commandites/x/')
    expect(FEED_PATH.fr.all).toBe('/fr/flux/tout.xml')
  })

  it('knows a path’s language and its twin in the other one', () => {
    expect(localeOfPath('/fr/urgences/')).toBe('fr')
    expect(localeOfPath('/french-fries/')).toBe('en')
    expect(twinOfPath('/')).toBe('/fr/')
    expect(twinOfPath('/fr/')).toBe('/')
    expect(twinOfPath('/news/page/2/')).toBe('/fr/nouvelles/page/2/')
    expect(twinOfPath('/fr/commandites/parcourir/available/')).toBe(
      '/sponsorship/browse/available/',
    )
    expect(twinOfPath('/subscribe/check-your-email/')).toBe(
      '/fr/abonnement/verifiez-vos-courriels/',
    )
  })
})

describe('formats', () => {
  it('writes dates, numbers and money as each language does', () => {
    const date = '2026-12-01T15:00:00Z'
    expect(formatDate(date, 'en')).toBe('December 1, 2026')
    expect(formatDate(date, 'fr')).toBe('1 décembre 2026')
    expect(formatMoney(5000, 'en')).toBe('$5,000')
    expect(formatMoney(5000, 'fr').replace(/\s/g, ' ')).toBe('5 000 $')
    expect(formatNumber(12500, 'fr').replace(/\s/g, ' ')).toBe('12 500')
  })
})

describe('catalogues', () => {
  const leaves = (value: unknown, path = ''): string[] =>
    value && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, inner]) => leaves(inner, `${path}.${key}`))
      : [path]

  it('have the same keys in both languages', () => {
    expect(leaves(fr).sort()).toEqual(leaves(en).sort())
  })
})
