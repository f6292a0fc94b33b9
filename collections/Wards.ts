import type { CollectionConfig } from 'payload'

import { isCatalogueKeeper } from '../cms/access/requests311'
import { rebuildSiteForCatalogue } from '../cms/servicerequests/collectionHooks'
import { WARDS } from '../cms/core/slugs'

/**
 * The City's wards as GeoJSON polygons (`npm run import:addresses -- --wards wards.geojson`).
 * Together they are the city's boundary: a place in no ward is outside the city. Public: the map
 * draws them.
 */
export const Wards: CollectionConfig = {
  slug: WARDS,
  labels: {
    singular: { en: 'Ward', fr: 'Quartier' },
    plural: { en: 'Wards', fr: 'Quartiers' },
  },
  admin: { useAsTitle: 'name', defaultColumns: ['number', 'name', 'nameFr'], group: '311' },
  access: {
    read: () => true,
    create: ({ req }) => isCatalogueKeeper(req.user),
    update: ({ req }) => isCatalogueKeeper(req.user),
    delete: ({ req }) => isCatalogueKeeper(req.user),
  },
  hooks: { afterChange: [rebuildSiteForCatalogue] },
  timestamps: true,
  fields: [
    { name: 'number', type: 'number', required: true, unique: true, index: true },
    {
      name: 'name',
      label: { en: 'Name (English)', fr: 'Nom (anglais)' },
      type: 'text',
      required: true,
    },
    {
      name: 'nameFr',
      label: { en: 'Name (French)', fr: 'Nom (français)' },
      type: 'text',
      required: true,
    },
    {
      name: 'geometry',
      type: 'json',
      required: true,
      admin: { description: 'A GeoJSON Polygon or MultiPolygon, longitude before latitude.' },
    },
  ],
}
