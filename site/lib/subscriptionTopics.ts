/**
 * What residents can subscribe to, and what each is called in each language: the subscription form
 * on the site, the CMS's subscriber records and every email's "why you get this" line use this list.
 * (Not the subject topics editors tag items with: those are in collections/fields/topics.ts.)
 */
export const SUBSCRIPTION_TOPICS = ['emergency', 'news', 'publications', 'sponsorship'] as const
export type SubscriptionTopic = (typeof SUBSCRIPTION_TOPICS)[number]

export const SUBSCRIPTION_TOPIC_LABELS: Record<'en' | 'fr', Record<SubscriptionTopic, string>> = {
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
