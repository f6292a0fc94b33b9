/**
 * What the site's search (Pagefind, built after each site build) reads: an item page's article,
 * with its section as a filter. Withdrawn items keep their page but leave the search; listings,
 * forms and navigation are never indexed, since only marked articles are.
 */
export const searchable = (section: string, withdrawn = false): Record<string, string> =>
  withdrawn ? {} : { 'data-pagefind-body': '', 'data-pagefind-filter': `section:${section}` }
