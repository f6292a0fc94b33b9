import type { CollectionConfig } from 'payload'

import { isAdmin, isDeskStaff } from '../cms/access/desk'
import { ADDRESSES, WARDS, WATCHES } from '../cms/core/slugs'
import { WATCH_EVENTS } from '../cms/servicerequests/core/watch'
import { watchEndpoints } from '../cms/servicerequests/watches'
import { emailAddressField } from './fields/emailAddress'
import { languageField } from './fields/language'

/**
 * Ward watch: a person (a councillor, a community group, a neighbour) who asked for a daily email
 * of the new 311 reports and/or closures in a ward, or within a radius of an address. Created only
 * through `POST /api/watches`; nothing is sent before the mailed link is opened; every digest has a
 * one-click stop. Personal information: the 311 desk reads, nobody writes through the API.
 */
export const Watches: CollectionConfig = {
  slug: WATCHES,
  labels: {
    singular: { en: 'Ward watch', fr: 'Suivi de quartier' },
    plural: { en: 'Ward watches (311)', fr: 'Suivis de quartier (311)' },
  },
  admin: {
    defaultColumns: ['email', 'wardNumber', 'addressLabel', 'radius', 'confirmedAt'],
    group: '311',
  },
  access: {
    read: ({ req }) => isDeskStaff(req.user),
    create: () => false,
    update: () => false,
    delete: ({ req }) => isAdmin(req.user),
  },
  endpoints: watchEndpoints,
  timestamps: true,
  fields: [
    emailAddressField({ required: true, index: true }),
    languageField,
    {
      name: 'events',
      type: 'select',
      hasMany: true,
      required: true,
      options: WATCH_EVENTS.map((value) => ({ label: value, value })),
      admin: { description: 'new: new reports; closed: reports fixed or closed.' },
    },
    // A ward (by its register record and its number as people say it)…
    { name: 'ward', type: 'relationship', relationTo: WARDS },
    { name: 'wardNumber', type: 'number', index: true },
    // …or a circle around an address of the register.
    { name: 'address', type: 'relationship', relationTo: ADDRESSES },
    { name: 'addressLabel', type: 'text' },
    { name: 'lat', type: 'number' },
    { name: 'long', type: 'number' },
    { name: 'radius', type: 'number', admin: { description: 'Metres around the address.' } },
    {
      // Nothing is sent before this: the mailed link was opened (it is signed, valid 7 days).
      name: 'confirmedAt',
      type: 'date',
      index: true,
      admin: { readOnly: true },
    },
    { name: 'stoppedAt', type: 'date', index: true, admin: { readOnly: true } },
  ],
}
