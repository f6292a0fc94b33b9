import { LIST_SECTIONS, type ListSection } from '../../../site/lib/sections'

export { LIST_SECTIONS, type ListSection }

/**
 * Which pages a build renders and which it takes from the build before. Pure: the glue
 * (cms/publishing/incremental.ts) reads the states and moves the files.
 *
 * A build renders everything when there is no build before it, when the code that makes pages
 * changed (templates, styles, the snapshot's shape), or when anything every page shows changed (the
 * City's name, the site's address; the emergency banner is included where pages are served, never
 * rendered into them). Otherwise it renders the listing sections whose content changed
 * (site/lib/sections.ts), the few small pages every build renders, and the news and publication
 * pages (English and French) of items that are new or changed since the build before; the pages of
 * unchanged items and sections are reused as they are, in both languages. Items gone since then
 * simply have no page.
 */
export const INCREMENTAL_KINDS = ['releases', 'publications'] as const
export type IncrementalKind = (typeof INCREMENTAL_KINDS)[number]

/**
 * The folder of each kind's item pages in each language: `news/{slug}/`, `fr/nouvelles/{slugFr}/`…
 */
export const SECTION_OF: Record<IncrementalKind, { en: string; fr: string }> = {
  releases: { en: 'news', fr: 'fr/nouvelles' },
  publications: { en: 'publications', fr: 'fr/publications' },
}

/**
 * An item as a build saw it: `slugFr` is its French page's folder (its French slug, else its slug).
 */
export type ItemStamp = { id: string; slug: string; slugFr?: string; updatedAt: string }

/** What a build records beside its files, for the next build to compare with. */
export type BuildState = {
  codeKey: string
  layoutKey: string
  items: Record<IncrementalKind, ItemStamp[]>
  /** A digest of what each section's pages are made from; absent in builds before sections. */
  sections?: Record<ListSection, string>
  /**
   * A digest of each news archive page (site/lib/paging.ts), page 1 first; absent in builds before
   * the archive.
   */
  archives?: { news: string[] }
}

export type RenderPlan =
  | { full: true; reason: string }
  | {
      full: false
      /** Slugs whose pages are rendered now. */
      render: Record<IncrementalKind, string[]>
      /** Slugs whose pages are taken from the build before. */
      reuse: Record<IncrementalKind, string[]>
      /** The same items' French page folders. */
      reuseFr: Record<IncrementalKind, string[]>
      /** Sections whose pages are rendered now; the others are the build before's. */
      sections: ListSection[]
      /**
       * When the news section is rendered: the archive pages rendered now (new or changed) and
       * those taken from the build before, by number.
       */
      archives: { render: number[]; reuse: number[] }
    }

export const planRender = (previous: BuildState | null, current: BuildState): RenderPlan => {
  if (!previous) return { full: true, reason: 'no build before this one' }
  if (previous.codeKey !== current.codeKey)
    return { full: true, reason: 'the templates or the publishing code changed' }
  if (previous.layoutKey !== current.layoutKey)
    return { full: true, reason: 'what every page shows changed (name or address)' }
  const render = { releases: [] as string[], publications: [] as string[] }
  const reuse = { releases: [] as string[], publications: [] as string[] }
  const reuseFr = { releases: [] as string[], publications: [] as string[] }
  for (const kind of INCREMENTAL_KINDS) {
    const before = new Map(previous.items[kind].map((item) => [item.id, item]))
    for (const item of current.items[kind]) {
      const old = before.get(item.id)
      const same =
        old &&
        old.updatedAt === item.updatedAt &&
        old.slug === item.slug &&
        (old.slugFr ?? old.slug) === (item.slugFr ?? item.slug)
      if (!same) {
        render[kind].push(item.slug)
        continue
      }
      reuse[kind].push(item.slug)
      reuseFr[kind].push(item.slugFr ?? item.slug)
    }
  }
  const sections = LIST_SECTIONS.filter(
    (section) => previous.sections?.[section] !== current.sections?.[section] || !current.sections,
  )
  return { full: false, render, reuse, reuseFr, sections, archives: archivePlan(previous, current) }
}

/**
 * The news archive's pages: each is rendered when its digest changed (its items, or whether it is
 * the newest), or when it is new; the others are reused. Without the build before's digests, all
 * are rendered.
 */
const archivePlan = (previous: BuildState, current: BuildState) => {
  const before = previous.archives?.news ?? []
  const plan = { render: [] as number[], reuse: [] as number[] }
  ;(current.archives?.news ?? []).forEach((digest, index) =>
    (before[index] === digest ? plan.reuse : plan.render).push(index + 1),
  )
  return plan
}
