/**
 * The site's listing sections: the pages of each are made from one part of the snapshot only (news
 * lists from releases, the emergency pages from bulletins and the alerts in force…), so a section
 * whose part did not change is taken whole from the build before. An alert renders the emergency
 * pages and nothing else; a news release renders the news lists and its own page.
 */
export const LIST_SECTIONS = [
  'news',
  'publications',
  'emergency',
  'sponsorship',
  'services311',
  'wards',
] as const
export type ListSection = (typeof LIST_SECTIONS)[number]
