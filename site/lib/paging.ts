/** Listings show this many items a page: keeps every page well under 50 KB on a weak signal. */
const PER_PAGE = 25

export type PageProps<T> = { items: T[]; page: number; pages: number; base: string }

/** The URL of page `n` of a listing: the listing itself, then `page/2/`, `page/3/`… */
export const pageHref = (base: string, n: number): string => (n <= 1 ? base : `${base}page/${n}/`)

/**
 * Static paths for a listing split into pages, for a `[...page].astro` route: page 1 at the
 * listing's own address (rest parameter undefined), the others at `page/N/`.
 */
export const paginatePaths = <T>(
  items: T[],
  base: string,
  extraParams: Record<string, string> = {},
  perPage = PER_PAGE,
) => {
  const pages = Math.max(1, Math.ceil(items.length / perPage))
  return Array.from({ length: pages }, (_, index) => {
    const page = index + 1
    return {
      params: { ...extraParams, page: page === 1 ? undefined : `page/${page}` },
      props: {
        items: items.slice(index * perPage, page * perPage),
        page,
        pages,
        base,
      } satisfies PageProps<T>,
    }
  })
}

/**
 * A listing's archive: its items in pages of `perPage` counted from the oldest, so page 1 always
 * holds the oldest items and a new item changes only the last page (the newest). A listing
 * numbered from the newest shifts every page by one item at each publication: at 20,000 releases
 * that is 1,538 pages to render again for one release (bench:year). The archive's pages are read
 * from the listing's front page, which shows the newest `perPage`.
 */
export type ArchivePage<T> = {
  /** 1 = the oldest items. */
  number: number
  /** Newest first, as on the front page. */
  items: T[]
  /** Whether a newer archive page follows (the newest links back to the front page instead). */
  newest: boolean
}

/** The archive of a listing given newest first. */
export const archivePages = <T>(newestFirst: T[], perPage = PER_PAGE): ArchivePage<T>[] => {
  const total = newestFirst.length
  const count = Math.ceil(total / perPage)
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    items: newestFirst.slice(Math.max(0, total - (index + 1) * perPage), total - index * perPage),
    newest: index === count - 1,
  }))
}

/**
 * The archive page a listing's front page leads to ("older"): the one holding the newest item the
 * front page does not show; none when it shows them all.
 */
export const olderThanFront = (total: number, perPage = PER_PAGE): number | null =>
  total <= perPage ? null : Math.floor((total - perPage - 1) / perPage) + 1

/** The front page of a listing: its newest items. */
export const frontItems = <T>(newestFirst: T[], perPage = PER_PAGE): T[] =>
  newestFirst.slice(0, perPage)

/** The URL of archive page `n` under `archiveBase` (`/news/archive/`). */
export const archiveHref = (archiveBase: string, n: number) => `${archiveBase}${n}/`
