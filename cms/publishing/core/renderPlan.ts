/**
 * Which item pages a build renders and which it takes from the build before. Pure: the glue
 * (cms/publishing/incremental.ts) reads the states and moves the files.
 *
 * A build renders everything when there is no build before it, when the code that makes pages changed
 * (templates, styles, the snapshot's shape), or when anything every page shows changed (the City's name,
 * the site's address, the emergency banner). Otherwise it renders the list pages, the small sections
 * and the news and publication pages of items that are new or changed since the build before; the
 * pages of unchanged items are reused as they are. Items gone since then simply have no page.
 */
export const INCREMENTAL_KINDS = ['releases', 'publications'] as const
export type IncrementalKind = (typeof INCREMENTAL_KINDS)[number]

/** The URL section of each kind's item pages: `/news/{slug}/`, `/publications/{slug}/`. */
export const SECTION_OF: Record<IncrementalKind, string> = {
  releases: 'news',
  publications: 'publications',
}

export type ItemStamp = { id: string; slug: string; updatedAt: string }

/** What a build records beside its files, for the next build to compare with. */
export type BuildState = {
  codeKey: string
  layoutKey: string
  items: Record<IncrementalKind, ItemStamp[]>
}

export type RenderPlan =
  | { full: true; reason: string }
  | {
      full: false
      /** Slugs whose pages are rendered now. */
      render: Record<IncrementalKind, string[]>
      /** Slugs whose pages are taken from the build before. */
      reuse: Record<IncrementalKind, string[]>
    }

export const planRender = (previous: BuildState | null, current: BuildState): RenderPlan => {
  if (!previous) return { full: true, reason: 'no build before this one' }
  if (previous.codeKey !== current.codeKey)
    return { full: true, reason: 'the templates or the publishing code changed' }
  if (previous.layoutKey !== current.layoutKey)
    return { full: true, reason: 'what every page shows changed (name, address or alerts)' }
  const render = { releases: [] as string[], publications: [] as string[] }
  const reuse = { releases: [] as string[], publications: [] as string[] }
  for (const kind of INCREMENTAL_KINDS) {
    const before = new Map(previous.items[kind].map((item) => [item.id, item]))
    for (const item of current.items[kind]) {
      const old = before.get(item.id)
      const same = old && old.updatedAt === item.updatedAt && old.slug === item.slug
      ;(same ? reuse : render)[kind].push(item.slug)
    }
  }
  return { full: false, render, reuse }
}
