import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { photoCopiesFor } from '../cms/access/requests311'
import { REQUEST_PHOTO_COPIES, REQUEST_PHOTOS, SERVICE_REQUESTS } from '../cms/core/slugs'
import { sandboxedFile } from '../cms/uploads/fileHeaders'

const nobody = () => false

/**
 * The public copies of request photos: at most 1280 pixels a side, WebP, with no EXIF, GPS or
 * camera data. Made by the system when a photo arrives and never edited by hand; the public reads
 * one only while `public` is true (its photo approved), and the file route applies the same rule.
 */
export const requestPhotoCopies = (dataDir: string): CollectionConfig => ({
  slug: REQUEST_PHOTO_COPIES,
  labels: {
    singular: { en: 'Public photo copy', fr: 'Copie publique de photo' },
    plural: { en: 'Public photo copies', fr: 'Copies publiques de photos' },
  },
  admin: { useAsTitle: 'filename', group: '311', hidden: true },
  access: {
    read: ({ req }) => photoCopiesFor(req.user),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  upload: {
    staticDir: path.join(dataDir, 'request-photo-copies'),
    mimeTypes: ['image/webp'],
    pasteURL: false,
    // Caches ask again each time: a copy stops being public the moment staff withdraw it.
    modifyResponseHeaders: sandboxedFile({ cacheControl: 'no-cache' }),
  },
  fields: [
    {
      name: 'photo',
      type: 'relationship',
      relationTo: REQUEST_PHOTOS,
      required: true,
      index: true,
    },
    {
      name: 'request',
      type: 'relationship',
      relationTo: SERVICE_REQUESTS,
      required: true,
      index: true,
    },
    { name: 'public', type: 'checkbox', defaultValue: false, index: true },
    { name: 'alt', type: 'text' },
    { name: 'altFr', type: 'text' },
  ],
})
