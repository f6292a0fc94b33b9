import type { CollectionConfig } from 'payload'

import { isAdmin, isDeskStaff } from '../cms/access/desk'
import { emailAddressField } from './fields/emailAddress'
import { PUSH_SUBSCRIPTIONS, SERVICE_REQUEST_FOLLOWERS, SERVICE_REQUESTS } from '../cms/core/slugs'
import { languageField } from './fields/language'

/**
 * Who hears about a request: its reporter and anyone who chose "follow it instead" of reporting it
 * again. Each status change the public can see is emailed, texted or pushed to them (as each
 * asked) once they have proved the contact is theirs; a merge moves them to the request that stays
 * open. Personal information: the 311 desk only. The token is the stop and confirmation links'.
 */
export const ServiceRequestFollowers: CollectionConfig = {
  slug: SERVICE_REQUEST_FOLLOWERS,
  labels: {
    singular: { en: 'Follower', fr: 'Abonné' },
    plural: { en: 'Request followers (311)', fr: 'Abonnés aux demandes (311)' },
  },
  admin: { defaultColumns: ['request', 'email', 'phone', 'role', 'language'], group: '311' },
  access: {
    read: ({ req }) => isDeskStaff(req.user),
    create: () => false,
    update: () => false,
    delete: ({ req }) => isAdmin(req.user),
  },
  timestamps: true,
  fields: [
    {
      name: 'request',
      type: 'relationship',
      relationTo: SERVICE_REQUESTS,
      required: true,
      index: true,
    },
    emailAddressField({ index: true }),
    {
      name: 'phone',
      type: 'text',
      index: true,
      admin: {
        description: 'Status changes by text message to this number (E.164), if asked for.',
      },
    },
    {
      name: 'pushSubscription',
      type: 'relationship',
      relationTo: PUSH_SUBSCRIPTIONS,
      admin: { description: 'Status changes as notifications in this browser, if asked for.' },
    },
    languageField,
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'follower',
      options: [
        { label: 'Reporter', value: 'reporter' },
        { label: 'Follower', value: 'follower' },
      ],
    },
    { name: 'token', type: 'text', required: true, unique: true, admin: { hidden: true } },
    {
      // Counted on the request's public page once the contact is proven: strangers cannot swell it.
      name: 'meToo',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Said “me too”: has the same problem, not only following it.' },
    },
    { name: 'stoppedAt', type: 'date' },
    {
      // Nothing is sent to a follower before this: the mailed link was opened, the texted code
      // typed, or the browser's own push subscription given (cms/servicerequests/core/followProof).
      name: 'confirmedAt',
      type: 'date',
      index: true,
      admin: { readOnly: true, description: 'When the follower proved the contact is theirs.' },
    },
    // The texted code, as a keyed hash: never readable through the API.
    { name: 'codeHash', type: 'text', hidden: true },
    { name: 'codeExpiresAt', type: 'date', hidden: true },
    { name: 'codeAttempts', type: 'number', defaultValue: 0, hidden: true },
  ],
}
