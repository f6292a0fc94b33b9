import type { CollectionConfig } from 'payload'

import { CORRESPONDENCE, DESK_PRESENCE, USERS } from '../cms/core/slugs'

const nobody = () => false

/**
 * Who has a case open, and who is typing a reply: one row per case and person, renewed by the
 * case page's heartbeat every few seconds and read by the others' (the processes behind nginx share
 * it through the database). A row unrenewed for 30 seconds means the person left; old rows are
 * swept. Nobody reads or writes it through the API: `POST /api/correspondence/{id}/presence` does.
 */
export const DeskPresence: CollectionConfig = {
  slug: DESK_PRESENCE,
  labels: {
    singular: { en: 'Case presence', fr: 'Présence sur un dossier' },
    plural: { en: 'Case presence', fr: 'Présence sur les dossiers' },
  },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  timestamps: false,
  fields: [
    // `{case}:{user}`: one row each, so two heartbeats at once cannot make two.
    { name: 'key', type: 'text', required: true, unique: true },
    { name: 'case', type: 'relationship', relationTo: CORRESPONDENCE, required: true, index: true },
    { name: 'user', type: 'relationship', relationTo: USERS, required: true },
    { name: 'name', type: 'text' },
    { name: 'typing', type: 'checkbox' },
    { name: 'seenAt', type: 'date', required: true, index: true },
  ],
}
