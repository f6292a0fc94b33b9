/**
 * Change notes: how an update of a live item is announced (emails, notifications, texts) and how
 * its page says when it was published and updated. Part of the English catalogue (en.ts);
 * changeFr.ts has the same keys.
 */
export const changeEn = {
  change: {
    updatedTitle: (title: string) => `Updated: ${title}`,
    whatChanged: 'What changed',
    published: 'Published',
    updated: 'Updated',
    history: 'Changes to this page',
  },
}
