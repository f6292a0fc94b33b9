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
