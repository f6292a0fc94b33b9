import type { CollectionConfig } from 'payload'

import { staffOnlyField, staffOrOncePublic } from '../cms/access/retired'
import { CONTENT_SLUGS, RETIRED_ITEMS, USERS } from '../cms/core/slugs'

const nobody = () => false
const staffOnly = { read: staffOnlyField }

/**
 * One record per deleted content item, written once by the deletion hook and never changed: its
 * identities are retired (no other item may take them), the public site answers 410 Gone at its old
 * address, and an alert in force when it was deleted is cancelled by a CAP Cancel that references
 * it.
 */
export const RetiredItems: CollectionConfig = {
  slug: RETIRED_ITEMS,
  labels: {
    singular: { en: 'Deleted item', fr: 'Contenu supprimé' },
    plural: { en: 'Deleted items', fr: 'Contenus supprimés' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'itemCollection', 'deletedAt', 'deletedByName'],
    group: 'Administration',
    description: 'Written when an item is deleted; kept for the record.',
  },
  access: {
    read: ({ req }) => staffOrOncePublic(req.user),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  fields: [
    {
      name: 'itemCollection',
      type: 'select',
      required: true,
      index: true,
      options: CONTENT_SLUGS.map((value) => ({ label: value, value })),
    },
    { name: 'itemId', type: 'text', required: true, access: staffOnly },
    {
      name: 'itemUid',
      type: 'text',
      required: true,
      unique: true,
      access: staffOnly,
      admin: { description: 'The permanent identity the item had; never given to another item.' },
    },
    { name: 'title', type: 'text', access: staffOnly },
    {
      name: 'path',
      type: 'text',
      access: staffOnly,
      admin: { description: 'Its address on the public site, which now answers 410 Gone.' },
    },
    {
      name: 'pathHash',
      type: 'text',
      admin: {
        description: 'SHA-256 of the address: the site recognises it without publishing it.',
      },
    },
    {
      name: 'pathFr',
      type: 'text',
      access: staffOnly,
      admin: { description: 'Its French address, which answers 410 Gone too.' },
    },
    {
      name: 'pathHashFr',
      type: 'text',
      admin: { description: 'SHA-256 of the French address.' },
    },
    {
      name: 'wasPublic',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { description: 'It had been published, so the public once saw it.' },
    },
    {
      name: 'deletedAt',
      type: 'date',
      required: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'deletedBy', type: 'relationship', relationTo: USERS, access: staffOnly },
    { name: 'deletedByName', type: 'text', access: staffOnly },
    {
      name: 'cancel',
      type: 'json',
      admin: {
        description: 'For an alert in force when deleted: what its CAP Cancel message says.',
      },
    },
  ],
}
