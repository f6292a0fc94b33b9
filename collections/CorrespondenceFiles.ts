import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { isAdmin, isDeskStaff } from '../cms/access/desk'
import { CORRESPONDENCE_FILES } from '../cms/core/slugs'
import { sandboxedFile } from '../cms/uploads/fileHeaders'

const nobody = () => false

/**
 * Attachments customers send (inbound email): kept privately, served only to the desk through
 * Payload (never copied to the public site, never in the public part of a bucket), downloaded
 * rather than opened, and never resized or converted.
 */
export const correspondenceFiles = (dataDir: string): CollectionConfig => ({
  slug: CORRESPONDENCE_FILES,
  labels: {
    singular: { en: 'Correspondence attachment', fr: 'Pièce jointe de correspondance' },
    plural: { en: 'Correspondence attachments', fr: 'Pièces jointes de correspondance' },
  },
  admin: { useAsTitle: 'filename', group: 'Customer service', hidden: true },
  access: {
    read: ({ req }) => isDeskStaff(req.user),
    create: nobody,
    update: nobody,
    delete: ({ req }) => isAdmin(req.user),
  },
  upload: {
    staticDir: path.join(dataDir, 'correspondence-files'),
    pasteURL: false,
    modifyResponseHeaders: sandboxedFile({ download: true, cacheControl: 'private, no-store' }),
  },
  fields: [{ name: 'originalName', type: 'text' }],
})
