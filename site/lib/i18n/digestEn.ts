/**
 * Digests: how often a subscriber hears from us by email, and the daily or weekly email itself.
 * Part of the English catalogue (en.ts); digestFr.ts has the same keys.
 */
export const digestEn = {
  digest: {
    legend: 'How often (email)',
    immediate: 'As soon as it is published',
    daily: 'One email a day, at 7 a.m.',
    weekly: 'One email a week, Monday at 7 a.m.',
    emergencyNote: 'Emergency alerts always come at once.',
    subject: (frequency: 'daily' | 'weekly', count: number, city: string) =>
      `${frequency === 'daily' ? 'Today' : 'This week'} from the ${city}: ${count} new ${count === 1 ? 'item' : 'items'}`,
    heading: (frequency: 'daily' | 'weekly') =>
      frequency === 'daily' ? 'Published since yesterday' : 'Published this past week',
    why: (frequency: 'daily' | 'weekly') =>
      `You get this ${frequency === 'daily' ? 'daily' : 'weekly'} summary because you chose it for your topics.`,
    changeFrequency: 'Change how often',
  },
}
