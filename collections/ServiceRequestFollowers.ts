import type { CollectionConfig } from 'payload'

import { isAdmin, isDeskStaff } from '../cms/access/desk'
import { emailAddressField } from './fields/emailAddress'
import { SERVICE_REQUEST_FOLLOWERS, SERVICE_REQUESTS } from '../cms/core/slugs'
import { languageField } from './fields/language'

/**
 * Who hears about a request: its reporter and anyone who chose "follow it instead" of reporting it
 * again. Each status change the public can see is emailed to them; a merge moves them to the request
 * that stays open. Personal information: the 311 desk only. The token is the stop link's.
 */
export const ServiceRequestFollowers: CollectionConfig = {
  slug: SERVICE_REQUEST_FOLLOWERS,
  labels: {
    singular: { en: 'Follower', fr: 'Abonné' },
    plural: { en: 'Request followers (311)', fr: 'Abonnés aux demandes (311)' },
  },
  admin: { defaultColumns: ['request', 'email', 'role', 'language'], group: '311' },
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
    emailAddressField({ required: true, index: true }),
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
    { name: 'stoppedAt', type: 'date' },
  ],
}
