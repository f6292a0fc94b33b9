import { describe, expect, it } from 'vitest'

import { DEFAULT_TIERS } from '../../cms/sponsorship/core/tiers'
import {
  closesSoon,
  describeFilters,
  facets,
  filterCombinations,
  isAvailable,
  matches,
  NO_FILTERS,
  pathOf,
} from './sponsorshipFilters'
import type { SponsorshipPackage } from './types'

const now = new Date('2026-12-01T12:00:00Z')
const day = (n: number) => new Date(now.getTime() + n * 86_400_000).toISOString()
const pkg = (id: number, extra: Partial<SponsorshipPackage>): SponsorshipPackage =>
  ({
    id,
    slug: `p${id}`,
    title: `P${id}`,
    tier: 'patron',
    assetType: 'event',
    value: 5_000,
    availableSlots: 1,
    deadline: day(60),
    workflowState: 'published',
    ...extra,
  }) as SponsorshipPackage

const fireworks = pkg(1, { tier: 'leader', value: 75_000, deadline: day(10) })
const reading = pkg(2, { tier: 'supporter', assetType: 'program', value: 10_000, valueMax: 60_000 })
const calendar = pkg(3, { assetType: 'publication', availableSlots: 0 })
const expired = pkg(4, { deadline: day(-1) })
const all = [fireworks, reading, calendar, expired]

describe('availability and deadlines', () => {
  it('available means a free slot and a deadline not passed', () => {
    expect([fireworks, reading, calendar, expired].map((p) => isAvailable(p, now))).toEqual([
      true,
      true,
      false,
      false,
    ])
  })
  it('closing soon means within 30 days and not passed', () => {
    expect([fireworks, reading, expired].map((p) => closesSoon(p, now))).toEqual([
      true,
      false,
      false,
    ])
  })
})

describe('matches', () => {
  it('combines every filter', () => {
    expect(
      all.filter((p) => matches(p, { ...NO_FILTERS, type: 'event', available: true }, now)),
    ).toEqual([fireworks])
    expect(all.filter((p) => matches(p, { ...NO_FILTERS, tier: 'patron' }, now))).toEqual([
      calendar,
      expired,
    ])
    expect(all.filter((p) => matches(p, { ...NO_FILTERS, soon: true }, now))).toEqual([fireworks])
  })
  it('a value range counts in every band it reaches', () => {
    expect(all.filter((p) => matches(p, { ...NO_FILTERS, value: '50000-and-up' }, now))).toEqual([
      fireworks,
      reading,
    ])
    expect(all.filter((p) => matches(p, { ...NO_FILTERS, value: '10000-to-49999' }, now))).toEqual([
      reading,
    ])
    expect(all.filter((p) => matches(p, { ...NO_FILTERS, value: 'under-10000' }, now))).toEqual([
      calendar,
      expired,
    ])
  })
})

describe('pages and links', () => {
  it('one stable address per combination, in a fixed order', () => {
    expect(pathOf(NO_FILTERS)).toBe('/sponsorship/')
    expect(
      pathOf({ type: 'event', tier: 'leader', value: '50000-and-up', available: true, soon: true }),
    ).toBe('/sponsorship/browse/type-event/tier-leader/value-50000-and-up/available/closing-soon/')
  })
  it('builds only combinations with something to show, never the empty one', () => {
    const combos = filterCombinations(all, DEFAULT_TIERS, now)
    expect(combos.every((c) => c.items.length > 0)).toBe(true)
    expect(combos.some((c) => pathOf(c.filters) === '/sponsorship/')).toBe(false)
    expect(
      combos.find((c) => pathOf(c.filters) === '/sponsorship/browse/tier-leader/available/')?.items,
    ).toEqual([fireworks])
    expect(
      combos.find((c) => pathOf(c.filters) === '/sponsorship/browse/type-publication/available/'),
    ).toBeUndefined()
    expect(new Set(combos.map((c) => pathOf(c.filters))).size).toBe(combos.length)
  })
  it('every facet link points at a page that is built (or the main page), with its count; empty options are not links', () => {
    const built = new Set([
      '/sponsorship/',
      ...filterCombinations(all, DEFAULT_TIERS, now).map((c) => pathOf(c.filters)),
    ])
    for (const combo of [{ filters: NO_FILTERS }, ...filterCombinations(all, DEFAULT_TIERS, now)]) {
      for (const facet of facets(all, combo.filters, DEFAULT_TIERS, now)) {
        for (const option of facet.options) {
          if (option.href)
            expect(built.has(option.href), `${pathOf(combo.filters)} -> ${option.href}`).toBe(true)
          else expect(option.count).toBe(0)
        }
        expect(facet.options.filter((o) => o.current)).toHaveLength(1)
      }
    }
  })
  it('labels tiers with their range and says what a page shows', () => {
    const tierFacet = facets(all, NO_FILTERS, DEFAULT_TIERS, now).find((f) => f.name === 'Tier')!
    expect(tierFacet.options.map((o) => `${o.label}:${o.count}`)).toEqual([
      'Any:4',
      'Patron ($5,000–$9,999):2',
      'Supporter ($10,000–$34,999):1',
      'Leader ($75,000 and up):1',
    ])
    expect(
      describeFilters(
        { type: 'event', tier: 'leader', value: null, available: true, soon: false },
        DEFAULT_TIERS,
      ),
    ).toBe('Events, Leader, available now')
  })
  it('says the same in French, with French money and French addresses', () => {
    const tierFacet = facets(all, NO_FILTERS, DEFAULT_TIERS, now, 'fr').find(
      (f) => f.name === 'Catégorie',
    )!
    expect(tierFacet.options.map((o) => o.label.replace(/\s/g, ' '))).toEqual([
      'Tous',
      'Patron (5 000 $–9 999 $)',
      'Supporter (10 000 $–34 999 $)',
      'Leader (75 000 $ et plus)',
    ])
    expect(tierFacet.options[1]!.href).toMatch(/^\/fr\/commandites\/parcourir\/tier-/)
    expect(
      describeFilters(
        { type: 'event', tier: null, value: '50000-and-up', available: true, soon: false },
        DEFAULT_TIERS,
        'fr',
      ).replace(/\s/g, ' '),
    ).toBe('Événements, 50 000 $ ou plus, offertes maintenant')
    expect(pathOf(NO_FILTERS, 'fr')).toBe('/fr/commandites/')
  })
})
