/** Public names for the CMS's values (kinds, tiers, asset types). */
export const PUBLICATION_KIND_LABELS: Record<string, string> = {
  newsletter: 'Newsletters',
  report: 'Reports',
  guide: 'Guides',
  brochure: 'Brochures',
  magazine: 'Magazines',
}

export const TIER_LABELS: Record<string, string> = {
  patron: 'Patron ($5,000–9,999)',
  supporter: 'Supporter ($10,000–34,999)',
  builder: 'Builder ($35,000–74,999)',
  leader: 'Leader ($75,000 and up)',
}

export const ASSET_LABELS: Record<string, string> = {
  event: 'Event',
  program: 'Program',
  facility: 'Facility',
  publication: 'Publication',
  'naming-rights': 'Naming rights',
}

/** The kinds that have at least one item, in the order the filters show them. */
export const kindsPresent = (items: { kind: string }[]): string[] =>
  Object.keys(PUBLICATION_KIND_LABELS).filter((kind) => items.some((item) => item.kind === kind))
