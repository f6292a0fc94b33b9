import type { CollectionConfig } from 'payload'

import { isCatalogueKeeper } from '../cms/access/requests311'
import { addressEndpoints } from '../cms/addresses/endpoints'
import { ADDRESSES, WARDS } from '../cms/core/slugs'

/**
 * The address register: every civic address with its place and ward, imported from the City's data
 * (`npm run import:addresses -- file.csv|file.geojson`). Public information: the report form
 * searches it. `searchKey` and `streetKey` are the folded forms searches compare with.
 */
export const Addresses: CollectionConfig = {
  slug: ADDRESSES,
  labels: {
    singular: { en: 'Address', fr: 'Adresse' },
    plural: { en: 'Addresses', fr: 'Adresses' },
  },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'ward', 'lat', 'long'],
    group: '311',
    listSearchableFields: ['label'],
  },
  access: {
    read: () => true,
    create: ({ req }) => isCatalogueKeeper(req.user),
    update: ({ req }) => isCatalogueKeeper(req.user),
    delete: ({ req }) => isCatalogueKeeper(req.user),
  },
  endpoints: addressEndpoints,
  timestamps: true,
  fields: [
    { name: 'label', type: 'text', required: true },
    {
      name: 'number',
      label: { en: 'Civic number', fr: 'Numéro civique' },
      type: 'text',
      required: true,
      index: true,
    },
    { name: 'street', label: { en: 'Street', fr: 'Rue' }, type: 'text', required: true },
    { name: 'unit', label: { en: 'Unit', fr: 'Unité' }, type: 'text' },
    { name: 'searchKey', type: 'text', required: true, unique: true, admin: { hidden: true } },
    { name: 'streetKey', type: 'text', required: true, index: true, admin: { hidden: true } },
    { name: 'lat', type: 'number', required: true, index: true },
    { name: 'long', type: 'number', required: true },
    { name: 'ward', type: 'relationship', relationTo: WARDS, index: true },
  ],
}
