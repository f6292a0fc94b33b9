import type { CollectionConfig } from 'payload'

import { REFERENCE_COUNTERS } from '../cms/core/slugs'

const nobody = () => false

/**
 * The last number given out for each reference series (`service-requests:SR-2026`): taken by one
 * atomic increment (cms/db/referenceCounter.ts), so reports arriving at once in several processes
 * each get their own number at the first try instead of all reading the same highest one.
 * Nobody reads or writes it through the API.
 */
export const ReferenceCounters: CollectionConfig = {
  slug: REFERENCE_COUNTERS,
  labels: {
    singular: { en: 'Reference counter', fr: 'Compteur de références' },
    plural: { en: 'Reference counters', fr: 'Compteurs de références' },
  },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true },
    { name: 'value', type: 'number', required: true },
  ],
}
