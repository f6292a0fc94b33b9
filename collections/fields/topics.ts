import type { SelectField } from 'payload'

/**
 * City service areas an item is about; the newsroom filters by them and journalists follow them.
 * Kept short on purpose: a long list is applied inconsistently.
 */
const TOPICS = [
  { label: 'City council', value: 'council' },
  { label: 'Roads and transit', value: 'transportation' },
  { label: 'Parks and recreation', value: 'parks-recreation' },
  { label: 'Environment and water', value: 'environment' },
  { label: 'Health and safety', value: 'health-safety' },
  { label: 'Arts and culture', value: 'arts-culture' },
  { label: 'Business and economy', value: 'business-economy' },
  { label: 'Community and social services', value: 'community' },
] as const

export const topicsField = (): SelectField => ({
  name: 'topics',
  type: 'select',
  hasMany: true,
  options: TOPICS.map((topic) => ({ ...topic })),
  admin: { position: 'sidebar' },
})
