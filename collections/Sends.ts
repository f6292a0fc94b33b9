import type { CollectionConfig } from 'payload'

import { staffSeeSends } from '../cms/access/subscribers'
import { SUBSCRIPTION_TOPICS } from '../site/lib/subscriptionTopics'
import { SENDS } from '../cms/core/slugs'

const nobody = () => false

/**
 * One send: an item to the subscribers of its topic on every channel (email, push, SMS). Progress
 * is counted by the outbox worker; `total`, `sent` and `failed` add up the channels, `byChannel`
 * splits them.
 */
export const Sends: CollectionConfig = {
  slug: SENDS,
  labels: {
    singular: { en: 'Send', fr: 'Envoi' },
    plural: { en: 'Sends (email, push, SMS)', fr: 'Envois (courriel, notifications, SMS)' },
  },
  admin: {
    useAsTitle: 'itemTitle',
    defaultColumns: ['itemTitle', 'topic', 'status', 'total', 'sent', 'failed', 'createdAt'],
    group: 'Email',
  },
  access: {
    read: ({ req }) => staffSeeSends(req.user),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  fields: [
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      admin: {
        readOnly: true,
        description: 'One send per item and first publication: {collection}:{item uid}.',
      },
    },
    { name: 'itemCollection', type: 'text', required: true },
    { name: 'itemId', type: 'text', required: true },
    {
      name: 'itemUid',
      type: 'text',
      admin: {
        description:
          "The item's permanent identity: a delivery for an item whose row now holds another item is skipped.",
      },
    },
    { name: 'itemTitle', type: 'text' },
    // A "major change" of a live item (its change note): the send tells subscribers what changed.
    { name: 'changeNote', type: 'textarea' },
    { name: 'changeNoteFr', type: 'textarea' },
    {
      name: 'topic',
      type: 'select',
      required: true,
      options: SUBSCRIPTION_TOPICS.map((value) => ({ label: value, value })),
    },
    {
      name: 'priority',
      type: 'number',
      required: true,
      admin: { description: '0 = emergency (goes first), 1 = everything else.' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'sending',
      options: ['queueing', 'sending', 'done'].map((value) => ({ label: value, value })),
      admin: {
        description:
          "queueing: deliveries are being written (a stopped process's queueing is finished by the next outbox run).",
      },
    },
    {
      name: 'notBefore',
      type: 'date',
      admin: { description: 'Embargoed releases wait for their embargo.' },
    },
    {
      name: 'waitsForSiteUntil',
      type: 'date',
      label: { en: 'Waits for the site until', fr: 'Attend le site jusqu’à' },
      admin: {
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime' },
        description: {
          en: 'The messages link to the page: they go once the site build that puts it live ends, or at this time if none does. Empty: not waiting (emergencies never wait).',
          fr: 'Les messages renvoient à la page : ils partent quand la construction du site qui la met en ligne se termine, ou à cette heure si aucune ne le fait. Vide : n’attend pas (les urgences n’attendent jamais).',
        },
      },
    },
    { name: 'total', type: 'number', defaultValue: 0 },
    { name: 'sent', type: 'number', defaultValue: 0 },
    { name: 'failed', type: 'number', defaultValue: 0 },
    {
      name: 'byChannel',
      type: 'json',
      admin: {
        readOnly: true,
        description:
          'Per channel: { email: { total, sent, failed, queued, retrying }, push: …, sms: … }.',
      },
    },
    { name: 'startedAt', type: 'date' },
    { name: 'finishedAt', type: 'date' },
  ],
}
