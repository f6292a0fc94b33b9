import type { CollectionConfig } from 'payload'

import { staffSeeSends } from '../cms/access/subscribers'
import { TOPICS } from '../cms/email/templates'
import { SENDS } from './slugs'

const nobody = () => false

/** One email send: an item to the subscribers of its topic. Progress is counted by the outbox worker. */
export const Sends: CollectionConfig = {
  slug: SENDS,
  labels: { singular: 'Email send', plural: 'Email sends' },
  admin: { useAsTitle: 'itemTitle', defaultColumns: ['itemTitle', 'topic', 'status', 'total', 'sent', 'failed', 'createdAt'], group: 'Email' },
  access: { read: ({ req }) => staffSeeSends(req.user), create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, admin: { readOnly: true, description: 'One send per item: {collection}:{id}.' } },
    { name: 'itemCollection', type: 'text', required: true },
    { name: 'itemId', type: 'text', required: true },
    { name: 'itemTitle', type: 'text' },
    { name: 'topic', type: 'select', required: true, options: TOPICS.map((value) => ({ label: value, value })) },
    { name: 'priority', type: 'number', required: true, admin: { description: '0 = emergency (goes first), 1 = everything else.' } },
    { name: 'status', type: 'select', required: true, defaultValue: 'sending', options: ['sending', 'done'].map((value) => ({ label: value, value })) },
    { name: 'notBefore', type: 'date', admin: { description: 'Embargoed releases wait for their embargo.' } },
    { name: 'total', type: 'number', defaultValue: 0 },
    { name: 'sent', type: 'number', defaultValue: 0 },
    { name: 'failed', type: 'number', defaultValue: 0 },
    { name: 'startedAt', type: 'date' },
    { name: 'finishedAt', type: 'date' },
  ],
}
