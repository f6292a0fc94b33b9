/** The site search's words in English (searchFr.ts has the same keys). */
export const searchEn = {
  search: {
    title: 'Search',
    description:
      'Search the City’s news, publications, alerts, sponsorship opportunities and 311 answers.',
    label: 'Search the site',
    button: 'Search',
    section: 'Section',
    allSections: 'All sections',
    noScript:
      'Search needs JavaScript, which is off in your browser. You can still browse every answer from A to Z:',
    azLink: '311 answers, A to Z',
    // Filled in the browser: %n is the number of results, %q the words searched.
    resultsOne: '1 result for “%q”',
    resultsMany: '%n results for “%q”',
    none: 'No results for “%q”. Try other words, or browse the 311 answers.',
    loading: 'Searching…',
    sections: {
      news: 'News',
      publications: 'Publications',
      sponsorship: 'Sponsorship',
      emergency: 'Emergency',
      answers: '311 answers',
    },
  },
}
