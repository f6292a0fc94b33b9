import { formatMoney, SUB_PAGE, SECTION_BASE, strings, type Language } from './i18n'
import type { SponsorshipPackage, Tier } from './types'

/**
 * Browsing sponsorship opportunities without JavaScript: every combination of filters that has at
 * least one opportunity is a prebuilt page with a stable address, and each filter option is a link
 * to the page with that option changed (with how many opportunities it would show). Pure, so it is
 * tested on its own.
 */
export type Filters = {
  type: string | null
  tier: string | null
  value: string | null
  available: boolean
  soon: boolean
}
export const NO_FILTERS: Filters = {
  type: null,
  tier: null,
  value: null,
  available: false,
  soon: false,
}

/** The asset types, in the order the filters show them (labels in the catalogues). */
const ASSET_TYPES = ['event', 'program', 'facility', 'publication', 'naming-rights']

/** An asset type's name in a language ("Event", "Événement"). */
export const assetTypeName = (type: string, locale: Language = 'en') =>
  strings(locale).sponsorship.assetType[type] ?? type

/** Value bands a sponsor budgets in; a package's value range counts if it reaches into the band. */
const VALUE_BANDS = [
  { key: 'under-10000', min: 0, max: 9_999 },
  { key: '10000-to-49999', min: 10_000, max: 49_999 },
  { key: '50000-and-up', min: 50_000, max: Number.POSITIVE_INFINITY },
] as const

/**
 * "Deadline soon": the deadline falls within this many days of the build (the site rebuilds daily).
 */
const SOON_DAYS = 30
const DAY = 86_400_000

export const isOpen = (item: SponsorshipPackage, now: Date) =>
  new Date(item.deadline).getTime() >= now.getTime()
export const isAvailable = (item: SponsorshipPackage, now: Date) =>
  item.availableSlots > 0 && isOpen(item, now)
export const closesSoon = (item: SponsorshipPackage, now: Date) =>
  isOpen(item, now) && new Date(item.deadline).getTime() - now.getTime() <= SOON_DAYS * DAY

const inBand = (item: SponsorshipPackage, key: string) => {
  const band = VALUE_BANDS.find((b) => b.key === key)
  if (!band) return false
  const high = item.valueMax ?? item.value
  return item.value <= band.max && high >= band.min
}

export const matches = (item: SponsorshipPackage, f: Filters, now: Date) =>
  (!f.type || item.assetType === f.type) &&
  (!f.tier || item.tier === f.tier) &&
  (!f.value || inBand(item, f.value)) &&
  (!f.available || isAvailable(item, now)) &&
  (!f.soon || closesSoon(item, now))

export const segmentsOf = (f: Filters): string[] => [
  ...(f.type ? [`type-${f.type}`] : []),
  ...(f.tier ? [`tier-${f.tier}`] : []),
  ...(f.value ? [`value-${f.value}`] : []),
  ...(f.available ? ['available'] : []),
  ...(f.soon ? ['closing-soon'] : []),
]

/** A filtered page's address; the segments are codes, the same in both languages. */
export const pathOf = (f: Filters, locale: Language = 'en') => {
  const segments = segmentsOf(f)
  return segments.length
    ? `${SUB_PAGE[locale].browse}${segments.join('/')}/`
    : SECTION_BASE[locale].sponsorship
}

/** All filter combinations with at least one opportunity (the empty one is the main page). */
export const filterCombinations = (
  items: SponsorshipPackage[],
  tiers: Tier[],
  now: Date,
): { filters: Filters; items: SponsorshipPackage[] }[] => {
  const types = [null, ...ASSET_TYPES.filter((t) => items.some((i) => i.assetType === t))]
  const tierKeys = [null, ...tiers.map((t) => t.key).filter((k) => items.some((i) => i.tier === k))]
  const bands = [null, ...VALUE_BANDS.map((b) => b.key)]
  const out: { filters: Filters; items: SponsorshipPackage[] }[] = []
  for (const type of types)
    for (const tier of tierKeys)
      for (const value of bands)
        for (const available of [false, true])
          for (const soon of [false, true]) {
            const filters = { type, tier, value, available, soon }
            if (segmentsOf(filters).length === 0) continue
            const found = items.filter((item) => matches(item, filters, now))
            if (found.length) out.push({ filters, items: found })
          }
  return out
}

export type FacetOption = { label: string; href: string | null; count: number; current: boolean }
export type Facet = { name: string; options: FacetOption[] }

/**
 * The filter groups for a page: each option links to the page with that option chosen (or cleared).
 */
export const facets = (
  items: SponsorshipPackage[],
  current: Filters,
  tiers: Tier[],
  now: Date,
  locale: Language = 'en',
): Facet[] => {
  const t = strings(locale).sponsorship
  const option = (label: string, next: Filters, isCurrent: boolean): FacetOption => {
    const count = items.filter((item) => matches(item, next, now)).length
    return {
      label,
      current: isCurrent,
      count,
      href: count > 0 || segmentsOf(next).length === 0 ? pathOf(next, locale) : null,
    }
  }
  const group = <K extends 'type' | 'tier' | 'value'>(
    name: string,
    key: K,
    choices: { value: string; label: string }[],
  ): Facet => ({
    name,
    options: [
      option(t.facets.any, { ...current, [key]: null }, current[key] === null),
      ...choices.map((c) =>
        option(c.label, { ...current, [key]: c.value }, current[key] === c.value),
      ),
    ],
  })
  return [
    group(
      t.facets.type,
      'type',
      ASSET_TYPES.filter((value) => items.some((i) => i.assetType === value)).map((value) => ({
        value,
        label: t.assetTypes[value] ?? value,
      })),
    ),
    group(
      t.facets.tier,
      'tier',
      tiers
        .filter((tier) => items.some((i) => i.tier === tier.key))
        .map((tier) => ({ value: tier.key, label: tierText(tier, locale) })),
    ),
    group(
      t.facets.value,
      'value',
      VALUE_BANDS.map((b) => ({ value: b.key, label: t.bands[b.key] ?? b.key })),
    ),
    {
      name: t.facets.availability,
      options: [
        option(t.facets.all, { ...current, available: false }, !current.available),
        option(t.facets.availableNow, { ...current, available: true }, current.available),
      ],
    },
    {
      name: t.facets.deadline,
      options: [
        option(t.facets.anyTime, { ...current, soon: false }, !current.soon),
        option(t.facets.closingWithin(SOON_DAYS), { ...current, soon: true }, current.soon),
      ],
    },
  ]
}

/** "Patron ($5,000–$24,999)": a tier and its range, as the language writes money. */
export const tierText = (t: Tier, locale: Language = 'en') =>
  `${t.label} (${t.max == null ? strings(locale).sponsorship.andUp(formatMoney(t.min, locale)) : `${formatMoney(t.min, locale)}–${formatMoney(t.max, locale)}`})`

/**
 * "Events, Patron, available now": what the page shows, for its title and the screen-reader
 * summary.
 */
export const describeFilters = (f: Filters, tiers: Tier[], locale: Language = 'en') =>
  [
    f.type ? (strings(locale).sponsorship.assetTypes[f.type] ?? f.type) : null,
    f.tier ? (tiers.find((t) => t.key === f.tier)?.label ?? f.tier) : null,
    f.value ? strings(locale).sponsorship.bands[f.value] : null,
    f.available ? strings(locale).sponsorship.facets.availableNowLower : null,
    f.soon ? strings(locale).sponsorship.facets.closingWithinLower(SOON_DAYS) : null,
  ]
    .filter(Boolean)
    .join(', ')
