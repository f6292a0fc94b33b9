import type { CollectionConfig } from 'payload'

import { residentContactAccess } from '../cms/access/subscribers'
import { PUSH_SUBSCRIPTIONS } from '../cms/core/slugs'
import { pushEndpoints } from '../cms/push/endpoints'
import { consentField } from './fields/consent'
import { languageField } from './fields/language'
import { placeFields, topicsField } from './fields/subscription'

/**
 * Browsers that asked for alerts by Web Push. Written only by the public endpoint (the browser's
 * own subscription, after the person pressed the button and granted permission); personal data, so
 * read by admins and communications managers only. A push service's 404 or 410 deletes the row.
 */
export const PushSubscriptions: CollectionConfig = {
  slug: PUSH_SUBSCRIPTIONS,
  labels: {
    singular: { en: 'Push subscription', fr: 'Abonnement aux notifications' },
    plural: { en: 'Push subscriptions', fr: 'Abonnements aux notifications' },
  },
  admin: {
    useAsTitle: 'service',
    defaultColumns: ['service', 'topics', 'language', 'createdAt', 'lastSentAt'],
    group: 'Email',
  },
  access: residentContactAccess,
  endpoints: pushEndpoints,
  fields: [
    {
      name: 'endpoint',
      type: 'text',
      required: true,
      unique: true,
      admin: { readOnly: true, description: "The browser's push address (a secret of its own)." },
    },
    {
      name: 'service',
      type: 'text',
      admin: { readOnly: true, description: 'The push service (host of the endpoint).' },
    },
    { name: 'p256dh', type: 'text', required: true, admin: { hidden: true } },
    { name: 'auth', type: 'text', required: true, admin: { hidden: true } },
    topicsField(),
    ...placeFields(),
    languageField,
    consentField,
    { name: 'lastSentAt', type: 'date', admin: { readOnly: true } },
  ],
}
