import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { isAdmin } from '../cms/access/desk'
import { isStaff } from '../cms/access/core/roles'
import { requestPhotosFor } from '../cms/access/requests311'
import { REQUEST_PHOTO_COPIES, REQUEST_PHOTOS, SERVICE_REQUESTS, USERS } from '../cms/core/slugs'
import { PHOTO_ORIGINS, PHOTO_REVIEWS, PHOTO_TYPES } from '../cms/servicerequests/core/photos'
import {
  deletePublicCopy,
  keepPhotoFacts,
  namePhotoAfterRequest,
  syncPublicCopy,
} from '../cms/servicerequests/photoHooks'
import { sandboxedFile } from '../cms/uploads/fileHeaders'
import { guardUpload } from '../cms/uploads/guardUpload'
import { options } from './fields/options'

/**
 * Photos reporters send with a 311 request, as they sent them: private (they may show faces,
 * plates, a back yard, and carry the camera's GPS position), seen by the staff who see the request.
 * Each has a resized copy without metadata (`request-photo-copies`) that is public only while its
 * review says approved.
 */
export const requestPhotos = (dataDir: string): CollectionConfig => ({
  slug: REQUEST_PHOTOS,
  labels: {
    singular: { en: 'Request photo', fr: 'Photo de demande' },
    plural: { en: 'Request photos', fr: 'Photos des demandes' },
  },
  admin: {
    useAsTitle: 'filename',
    group: '311',
    defaultColumns: ['filename', 'request', 'review', 'origin', 'createdAt'],
    description:
      'Approve a photo only when it shows no face, licence plate or private detail: its resized copy, without location data, then shows on the public status page and in Open311.',
  },
  access: {
    read: ({ req }) => requestPhotosFor(req.user),
    create: ({ req }) => isStaff(req.user),
    update: ({ req }) => requestPhotosFor(req.user),
    delete: ({ req }) => isAdmin(req.user),
  },
  hooks: {
    beforeOperation: [guardUpload, namePhotoAfterRequest],
    beforeChange: [keepPhotoFacts],
    afterChange: [syncPublicCopy],
    beforeDelete: [deletePublicCopy],
  },
  upload: {
    staticDir: path.join(dataDir, 'request-photos'),
    mimeTypes: [...PHOTO_TYPES],
    pasteURL: false,
    // Kept exactly as sent (no re-encoding, which would drop the EXIF staff may need): the pixel
    // limit is checked before storing, by the intake and by guardUpload for the admin's uploads.
    focalPoint: false,
    modifyResponseHeaders: sandboxedFile({ cacheControl: 'private, no-store' }),
  },
  fields: [
    {
      name: 'request',
      type: 'relationship',
      relationTo: SERVICE_REQUESTS,
      required: true,
      index: true,
    },
    {
      name: 'review',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: options(PHOTO_REVIEWS),
      admin: {
        description:
          'approved: its resized copy is public. rejected or pending: nothing of it is public.',
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'alt',
          type: 'text',
          maxLength: 250,
          admin: { description: 'What the photo shows, for people who cannot see it (English).' },
        },
        {
          name: 'altFr',
          type: 'text',
          maxLength: 250,
          admin: { description: 'The same, in French.' },
        },
      ],
    },
    {
      name: 'copies',
      type: 'join',
      collection: REQUEST_PHOTO_COPIES,
      on: 'photo',
      admin: {
        description: 'The resized copy, without location data, that approval makes public.',
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'origin',
          type: 'select',
          options: options(PHOTO_ORIGINS),
          admin: { readOnly: true },
        },
        { name: 'originalName', type: 'text', admin: { readOnly: true } },
        { name: 'reviewedBy', type: 'relationship', relationTo: USERS, admin: { readOnly: true } },
        { name: 'reviewedAt', type: 'date', admin: { readOnly: true } },
      ],
    },
  ],
})
