import type { CollectionConfig } from 'payload'

import { PROCESS_LEASES } from '../cms/core/slugs'

const nobody = () => false

/**
 * Work that must happen once however many CMS processes share the database (a site build, the
 * scheduled-publishing pass) is done by whoever holds its lease: one row per key, unique, so only
 * one insert can win. A holder renews it while working; a holder that dies stops renewing, and
 * another process takes over when it expires (cms/coordination/leases.ts). Nobody reads or writes
 * it through the API.
 */
export const ProcessLeases: CollectionConfig = {
  slug: PROCESS_LEASES,
  labels: {
    singular: { en: 'Process lease', fr: 'Bail de processus' },
    plural: { en: 'Process leases', fr: 'Baux de processus' },
  },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true },
    { name: 'holder', type: 'text', required: true },
    { name: 'expiresAt', type: 'date', required: true, index: true },
  ],
}
