import type { Field, SelectField } from 'payload'

import { SUBSCRIPTION_TOPICS } from '../../site/lib/subscriptionTopics'

const nobody = () => false
/** Written and read by the system only: never in the admin, never through the API. */
export const hiddenSystem = {
  hidden: true,
  access: { create: nobody, update: nobody, read: nobody },
} as const

/** The topics a subscriber on any channel (email, push, SMS) hears about. */
export const topicsField = (name = 'topics'): SelectField => ({
  name,
  type: 'select',
  hasMany: true,
  options: SUBSCRIPTION_TOPICS.map((value) => ({ label: value, value })),
})

/**
 * What the latest sign-up asked for (topics and language), kept out of sight until it is confirmed
 * (a link in an email, a code by text): only then does it replace the subscriber's choices.
 */
export const requestedChoiceFields: Field[] = [
  { ...topicsField('requestedTopics'), ...hiddenSystem },
  {
    name: 'requestedLanguage',
    type: 'select',
    options: [
      { label: 'English', value: 'en' },
      { label: 'Français', value: 'fr' },
    ],
    ...hiddenSystem,
  },
]

/** When a subscriber asked, confirmed and left: the same three dates on every channel. */
export const subscriptionDateFields: Field[] = ['requestedAt', 'confirmedAt', 'unsubscribedAt'].map(
  (name) => ({ name, type: 'date', admin: { readOnly: true } }),
)
