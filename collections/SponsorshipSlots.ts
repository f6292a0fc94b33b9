import type { CollectionConfig } from 'payload'

import { isSponsorshipStaff } from '../cms/access/sponsorship'
import { SPONSOR_INQUIRIES, SPONSORSHIP_PACKAGES, SPONSORSHIP_SLOTS } from '../cms/core/slugs'

const nobody = () => false

/**
 * One row per sponsorship slot an agreement holds. The database's unique index on (package, slot)
 * is what makes two agreements racing for a package's last slot end with one winner: the second
 * insert fails however the requests interleave, in one process or several. Written only by the
 * pipeline.
 */
export const SponsorshipSlots: CollectionConfig = {
  slug: SPONSORSHIP_SLOTS,
  labels: {
    singular: { en: 'Sponsorship slot', fr: 'Place de commandite' },
    plural: { en: 'Sponsorship slots', fr: 'Places de commandite' },
  },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'package', 'inquiry', 'createdAt'],
    group: 'Sponsorship',
  },
  access: {
    read: ({ req }) => isSponsorshipStaff(req.user),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  indexes: [{ fields: ['package', 'slot'], unique: true }],
  timestamps: true,
  fields: [
    {
      name: 'package',
      type: 'relationship',
      relationTo: SPONSORSHIP_PACKAGES,
      required: true,
      index: true,
    },
    { name: 'slot', type: 'number', required: true, min: 1 },
    {
      name: 'inquiry',
      type: 'relationship',
      relationTo: SPONSOR_INQUIRIES,
      required: true,
      unique: true,
    },
    { name: 'label', type: 'text', admin: { description: 'Sponsor and slot, for lists.' } },
  ],
}
