import type { CollectionConfig } from 'payload'

import { RESIDENT_LINKS } from '../cms/core/slugs'
import { languageField } from './fields/language'

const nobody = () => false

/**
 * The one-time links to a resident's own page and the browser sessions they open: only hashes are
 * kept (a copy of the database opens nobody's page). A link works once, for 30 minutes; the session
 * it opens lasts 12 hours in that browser. Nobody reads or writes these through the API.
 */
export const ResidentLinks: CollectionConfig = {
  slug: RESIDENT_LINKS,
  labels: {
    singular: { en: 'Resident page link', fr: 'Lien de page personnelle' },
    plural: { en: 'Resident page links', fr: 'Liens de pages personnelles' },
  },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  timestamps: true,
  fields: [
    { name: 'email', type: 'text', required: true, index: true },
    languageField,
    { name: 'tokenHash', type: 'text', required: true, unique: true },
    { name: 'expiresAt', type: 'date', required: true, index: true },
    { name: 'usedAt', type: 'date' },
    { name: 'sessionHash', type: 'text', unique: true },
    { name: 'sessionExpiresAt', type: 'date', index: true },
  ],
}
