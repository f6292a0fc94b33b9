/** Public names for the CMS's values (kinds, tiers, asset types). */
export const PUBLICATION_KIND_LABELS: Record<string, string> = {
  newsletter: 'Newsletters',
  report: 'Reports',
  guide: 'Guides',
  brochure: 'Brochures',
  magazine: 'Magazines',
}

/** The kinds that have at least one item, in the order the filters show them. */
export const kindsPresent = (items: { kind: string }[]): string[] =>
  Object.keys(PUBLICATION_KIND_LABELS).filter((kind) => items.some((item) => item.kind === kind))
