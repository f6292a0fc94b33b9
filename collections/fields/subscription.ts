import type { Field, SelectField } from 'payload'

import { ADDRESSES } from '../../cms/core/slugs'
import { SUBSCRIPTION_TOPICS } from '../../site/lib/subscriptionTopics'
import { strings } from '../../site/lib/i18n'

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

const requested = (prefix: string, name: string) =>
  prefix ? `${prefix}${name[0]!.toUpperCase()}${name.slice(1)}` : name

/**
 * Where a subscriber wants alerts for (emergency/core/placeChoice.ts): `everywhere`, or `mine`
 * with the register address they gave (its id only, never the text) or the wards they chose.
 */
export const placeFields = (prefix = ''): Field[] => [
  {
    name: requested(prefix, 'area'),
    type: 'select',
    defaultValue: 'everywhere',
    options: [
      ...(['everywhere', 'mine'] as const).map((value) => ({
        label: { en: strings('en').place[value], fr: strings('fr').place[value] },
        value,
      })),
    ],
  },
  {
    name: requested(prefix, 'address'),
    type: 'relationship',
    relationTo: ADDRESSES,
    admin: { description: 'An address of the register; alerts whose area holds it reach them.' },
  },
  { name: requested(prefix, 'wards'), type: 'number', hasMany: true },
]

/**
 * What the latest sign-up asked for (topics, language and place), kept out of sight until it is
 * confirmed (a link in an email, a code by text): only then does it replace the subscriber's
 * choices.
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
  ...placeFields('requested').map((field) => ({ ...field, ...hiddenSystem }) as Field),
]

/** When a subscriber asked, confirmed and left: the same three dates on every channel. */
export const subscriptionDateFields: Field[] = ['requestedAt', 'confirmedAt', 'unsubscribedAt'].map(
  (name) => ({ name, type: 'date', admin: { readOnly: true } }),
)
