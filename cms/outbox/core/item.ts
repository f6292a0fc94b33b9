import type { SubscriptionTopic } from '../../../site/lib/subscriptionTopics'

/**
 * An item as every channel shows it, in one language, from its live version: the email's subject
 * and lead, the notification's title and body, the text's headline and link all come from this.
 */
export type ItemContent = {
  uid?: string
  title: string
  summary: string
  url: string
  topic: SubscriptionTopic
  instruction?: string | null
  emergency?: boolean
  /**
   * A French subscriber's copy of an item that has no French text yet: the English text, said so.
   */
  untranslated?: boolean
  /** An update's change note, in the reader's language where there is one: what changed. */
  change?: string | null
}
