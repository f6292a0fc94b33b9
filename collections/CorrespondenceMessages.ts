import type { CollectionConfig } from 'payload'

import { isDeskStaff } from '../cms/access/desk'
import {
  CORRESPONDENCE,
  CORRESPONDENCE_FILES,
  CORRESPONDENCE_MESSAGES,
  DESK_MACROS,
  USERS,
} from '../cms/core/slugs'

const nobody = () => false

/**
 * A case's thread: what the customer sent (`in`), what the City sent (`out`, as queued in the
 * outbox) and staff's notes of a call (`call`) or internal notes (`note`). Written by the desk's
 * services only; the desk reads them here, anyone else who may work on a case through its `thread`
 * endpoint.
 */
export const CorrespondenceMessages: CollectionConfig = {
  slug: CORRESPONDENCE_MESSAGES,
  labels: {
    singular: { en: 'Correspondence message', fr: 'Message de correspondance' },
    plural: { en: 'Correspondence messages', fr: 'Messages de correspondance' },
  },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['case', 'direction', 'at', 'subject'],
    group: 'Customer service',
    hidden: true,
  },
  access: {
    read: ({ req }) => isDeskStaff(req.user),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  timestamps: true,
  fields: [
    { name: 'case', type: 'relationship', relationTo: CORRESPONDENCE, required: true, index: true },
    {
      name: 'direction',
      type: 'select',
      required: true,
      options: ['in', 'out', 'call', 'note'].map((value) => ({ label: value, value })),
    },
    { name: 'at', type: 'date', required: true, index: true },
    { name: 'author', type: 'relationship', relationTo: USERS },
    { name: 'authorName', type: 'text' },
    { name: 'fromAddress', type: 'text' },
    { name: 'toAddress', type: 'text' },
    { name: 'subject', type: 'text' },
    { name: 'body', type: 'textarea' },
    /** The email's Message-ID: a retried delivery of the same message is stored once. */
    { name: 'messageId', type: 'text', index: true },
    { name: 'awaitCustomer', type: 'checkbox' },
    /** The macro a reply was made from (the agent may have edited it): its use is counted. */
    { name: 'macro', type: 'relationship', relationTo: DESK_MACROS, index: true },
    /** The outbox key of an outgoing email: its delivery state is the outbox row's. */
    { name: 'outboxKey', type: 'text' },
    {
      name: 'attachments',
      type: 'relationship',
      relationTo: CORRESPONDENCE_FILES,
      hasMany: true,
    },
  ],
}
