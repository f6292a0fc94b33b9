import type { CollectionConfig, SelectField } from 'payload'

import { FREQUENCIES } from '../cms/email/core/digest'
import { strings } from '../site/lib/i18n'

import { mayManageSubscribers } from '../cms/access/subscribers'
import { SUBSCRIBERS } from '../cms/core/slugs'
import { consentField } from './fields/consent'
import { languageField } from './fields/language'
import {
  hiddenSystem,
  placeFields,
  requestedChoiceFields,
  subscriptionDateFields,
  topicsField,
} from './fields/subscription'

const nobody = () => false

/** How often the subscriber hears of non-emergency items (cms/email/core/digest.ts). */
const frequencyField = (name: string): SelectField => ({
  name,
  type: 'select',
  defaultValue: 'immediate',
  options: FREQUENCIES.map((value) => ({
    label: { en: strings('en').digest[value], fr: strings('fr').digest[value] },
    value,
  })),
})

const SUBSCRIBER_STATUSES = ['pending', 'confirmed', 'unsubscribed', 'bounced'] as const

/**
 * People who get email alerts. Personal data: admins and managers only; written by the public
 * endpoints.
 */
export const Subscribers: CollectionConfig = {
  slug: SUBSCRIBERS,
  labels: {
    singular: { en: 'Subscriber', fr: 'Abonné' },
    plural: { en: 'Subscribers', fr: 'Abonnés' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'status', 'topics', 'language', 'confirmedAt'],
    group: 'Email',
  },
  access: {
    read: ({ req }) => mayManageSubscribers(req.user),
    create: nobody,
    update: ({ req }) => mayManageSubscribers(req.user),
    delete: ({ req }) => mayManageSubscribers(req.user),
  },
  fields: [
    {
      name: 'email',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { readOnly: true },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: SUBSCRIBER_STATUSES.map((value) => ({ label: value, value })),
    },
    topicsField(),
    ...placeFields(),
    frequencyField('frequency'),
    languageField,
    consentField,
    ...subscriptionDateFields,
    { name: 'bounceCount', type: 'number', defaultValue: 0, admin: { readOnly: true } },
    { name: 'lastBounce', type: 'text', admin: { readOnly: true } },
    // What the latest sign-up asked for; applied only when its confirmation link is followed.
    ...requestedChoiceFields,
    { ...frequencyField('requestedFrequency'), ...hiddenSystem },
    { name: 'confirmTokenHash', type: 'text', index: true, ...hiddenSystem },
    { name: 'confirmExpiresAt', type: 'date', ...hiddenSystem },
    { name: 'tokenVersion', type: 'number', defaultValue: 1, ...hiddenSystem },
  ],
}
