/**
 * What the site's browser scripts (site/public/*.js) share, for their type check
 * (site/tsconfig.public.json): the search engine searchEngine.js puts on `window`. Pagefind's
 * browser API, as much as it uses, is in pagefind.d.ts.
 */

type PagefindResultData = {
  url: string
  excerpt: string
  meta: Record<string, string>
  filters: Record<string, string[]>
}

type CivicSearch = {
  /** The sections the index can be filtered by. */
  sections(): Promise<string[]>
  /** The first `limit` results for the words, in one section or all. */
  find(
    words: string,
    section: string,
    limit: number,
  ): Promise<{ count: number; results: PagefindResultData[] }>
}

interface Window {
  civicSearch: CivicSearch
}
