import type { CollectionConfig } from 'payload'

import { adminSeesDeliveries } from '../cms/access/subscribers'
import { ALL_CHANNELS } from '../cms/outbox/core/types'
import {
  DELIVERIES,
  PUSH_SUBSCRIPTIONS,
  SENDS,
  SMS_SUBSCRIBERS,
  SUBSCRIBERS,
} from '../cms/core/slugs'

const nobody = () => false

const DELIVERY_STATUSES = ['queued', 'sending', 'sent', 'failed', 'skipped'] as const

/**
 * The durable outbox for every channel (email, push, SMS): one row per (send, channel, recipient),
 * unique, so a recipient can never be queued twice for one message; and one row per single message
 * (a confirmation, a staff notice, an acknowledgement), rendered when queued and kept in `message`.
 * The worker claims rows, sends, and marks them (see cms/outbox). No request ever waits for a mail
 * server: it writes a row.
 */
export const Deliveries: CollectionConfig = {
  slug: DELIVERIES,
  labels: {
    singular: { en: 'Delivery', fr: 'Envoi individuel' },
    plural: { en: 'Deliveries', fr: 'Envois individuels' },
  },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['key', 'channel', 'status', 'attempts', 'lastError', 'sentAt'],
    group: 'Email',
  },
  // The outbox's claim: the rows still to send of one channel and priority, oldest first, found
  // without reading the year of sent ones (cms/outbox/drizzleStore.ts).
  indexes: [{ fields: ['status', 'channel', 'priority'] }],
  access: {
    read: ({ req }) => adminSeesDeliveries(req.user),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true },
    {
      name: 'channel',
      type: 'select',
      required: true,
      defaultValue: 'email',
      index: true,
      options: ALL_CHANNELS.map((value) => ({ label: value, value })),
    },
    {
      name: 'send',
      type: 'relationship',
      relationTo: SENDS,
      index: true,
      admin: {
        description: 'The broadcast this delivery belongs to (empty for a single message).',
      },
    },
    { name: 'subscriber', type: 'relationship', relationTo: SUBSCRIBERS, index: true },
    {
      name: 'pushSubscription',
      type: 'relationship',
      relationTo: PUSH_SUBSCRIPTIONS,
      index: true,
    },
    { name: 'smsSubscriber', type: 'relationship', relationTo: SMS_SUBSCRIBERS, index: true },
    {
      name: 'message',
      type: 'json',
      admin: {
        description:
          'A single message, rendered when queued: an email (from, to, subject, text, html…), a text (to, body) or a push notification.',
      },
    },
    { name: 'priority', type: 'number', required: true, index: true },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      options: DELIVERY_STATUSES.map((value) => ({ label: value, value })),
    },
    { name: 'attempts', type: 'number', defaultValue: 0 },
    { name: 'nextAttemptAt', type: 'date', index: true },
    { name: 'claimedAt', type: 'date' },
    {
      name: 'claimedBy',
      type: 'text',
      index: true,
      admin: { description: 'The worker (host:pid:run) holding the row while it is sending.' },
    },
    {
      name: 'leaseUntil',
      type: 'date',
      index: true,
      admin: { description: 'After this, another worker may take the row over.' },
    },
    { name: 'sentAt', type: 'date' },
    { name: 'messageId', type: 'text' },
    { name: 'lastError', type: 'text' },
  ],
}
