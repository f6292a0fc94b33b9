import type { CollectionConfig } from 'payload'

import { residentContactAccess } from '../cms/access/subscribers'
import { SMS_SUBSCRIBERS } from '../cms/core/slugs'
import { consentField } from './fields/consent'
import { languageField } from './fields/language'
import {
  hiddenSystem,
  placeFields,
  requestedChoiceFields,
  subscriptionDateFields,
  topicsField,
} from './fields/subscription'

const SMS_STATUSES = ['pending', 'confirmed', 'unsubscribed'] as const

/**
 * Mobile numbers that get alerts by text message, and every number that ever replied STOP (kept as
 * "unsubscribed" so nothing is sent to it again, 311 updates included, until it replies START).
 * Written by the public endpoints and the gateway's webhook; personal data for admins and managers.
 */
export const SmsSubscribers: CollectionConfig = {
  slug: SMS_SUBSCRIBERS,
  labels: {
    singular: { en: 'SMS subscriber', fr: 'Abonné SMS' },
    plural: { en: 'SMS subscribers', fr: 'Abonnés SMS' },
  },
  admin: {
    useAsTitle: 'phone',
    defaultColumns: ['phone', 'status', 'topics', 'language', 'confirmedAt', 'unsubscribedAt'],
    group: 'Email',
  },
  access: residentContactAccess,
  fields: [
    {
      name: 'phone',
      type: 'text',
      required: true,
      unique: true,
      admin: { readOnly: true, description: 'E.164, e.g. +16135550123.' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: SMS_STATUSES.map((value) => ({ label: value, value })),
    },
    topicsField(),
    ...placeFields(),
    languageField,
    consentField,
    ...subscriptionDateFields,
    {
      name: 'unsubscribedBy',
      type: 'text',
      admin: { readOnly: true, description: 'How: a STOP reply, the gateway, staff.' },
    },
    // What the latest sign-up asked for; applied only when its code is entered.
    ...requestedChoiceFields,
    { name: 'codeHash', type: 'text', ...hiddenSystem },
    { name: 'codeExpiresAt', type: 'date', ...hiddenSystem },
    { name: 'codeAttempts', type: 'number', defaultValue: 0, ...hiddenSystem },
  ],
}
