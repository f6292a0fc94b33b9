import { type Language } from './i18n'
/**
 * What residents can subscribe to, and what each is called in each language: the subscription form
 * on the site, the CMS's subscriber records and every email's "why you get this" line use this
 * list. (Not the subject topics editors tag items with: those are in collections/fields/topics.ts.)
 */
export const SUBSCRIPTION_TOPICS = ['emergency', 'news', 'publications', 'sponsorship'] as const
export type SubscriptionTopic = (typeof SUBSCRIPTION_TOPICS)[number]

export const SUBSCRIPTION_TOPIC_LABELS: Record<Language, Record<SubscriptionTopic, string>> = {
  en: {
    emergency: 'Emergency alerts',
    news: 'News releases',
    publications: 'Publications',
    sponsorship: 'Sponsorship opportunities',
  },
  fr: {
    emergency: "Alertes d'urgence",
    news: 'Communiqués',
    publications: 'Publications',
    sponsorship: 'Occasions de commandite',
  },
}

export const topicLabel = (topic: SubscriptionTopic, language: Language) =>
  SUBSCRIPTION_TOPIC_LABELS[language][topic]

/**
 * The topics a form or an API call asked for (a list, or one comma-separated text), or null when it
 * named none or one that does not exist (every channel's sign-up refuses that, naming the field).
 */
export const parseTopics = (value: unknown): SubscriptionTopic[] | null => {
  const list = (
    Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : []
  ).map((t) => String(t).trim())
  const topics = SUBSCRIPTION_TOPICS.filter((topic) => list.includes(topic))
  return topics.length > 0 && topics.length === new Set(list.filter(Boolean)).size
    ? [...topics]
    : null
}
