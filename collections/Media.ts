import path from 'node:path'

import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
} from 'payload'

import { anyStaff, mediaManagers, staffOrPublicMedia } from '../cms/access/media'
import { messages } from '../cms/core/text/messages'
import { requestSiteBuild } from '../cms/coordination/siteBuildRequests'
import { sandboxedFile } from '../cms/uploads/fileHeaders'
import { guardUpload, MAX_INPUT_PIXELS } from '../cms/uploads/guardUpload'
import { MEDIA } from '../cms/core/slugs'

/** Images and PDFs only: SVG and HTML can carry script, and the site needs nothing else. */
const MEDIA_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'application/pdf']

const MAX_ALT_LENGTH = 250

/**
 * Sizes are WebP (about a third smaller than JPEG at the same quality); the original is kept as
 * sent.
 */
const WEBP = { format: 'webp' as const, options: { quality: 80 } }

const checkAlt = (value: unknown, { data }: { data: Record<string, unknown> }) => {
  const isImage = String(data?.mimeType ?? '').startsWith('image/')
  const alt = typeof value === 'string' ? value.trim() : ''
  if (isImage && !alt) return messages.altTextRequired
  if (alt.length > MAX_ALT_LENGTH) return messages.altTextTooLong(alt.length)
  return true
}

/** A changed file or alt text shows on the public site at the next build. */
const rebuildSite: CollectionAfterChangeHook & CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (!req.context?.seed)
    await requestSiteBuild(req.payload, `media ${doc.id} changed`).catch(() => undefined)
  return doc
}

export const mediaCollection = (mediaDir: string): CollectionConfig => ({
  slug: MEDIA,
  labels: {
    singular: { en: 'Media file', fr: 'Fichier média' },
    plural: { en: 'Media', fr: 'Médias' },
  },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'alt', 'audience', 'mimeType'],
    group: 'Content',
  },
  access: {
    read: ({ req }) => staffOrPublicMedia(req.user),
    create: ({ req }) => anyStaff(req.user),
    update: ({ req }) => anyStaff(req.user),
    delete: ({ req }) => mediaManagers(req.user),
  },
  hooks: { beforeOperation: [guardUpload], afterChange: [rebuildSite], afterDelete: [rebuildSite] },
  upload: {
    staticDir: path.resolve(mediaDir),
    mimeTypes: MEDIA_MIME_TYPES,
    // No fetching of files from addresses people paste: that is how upload SSRF reaches internal
    // services.
    pasteURL: false,
    // sharp refuses images claiming more pixels than this before decoding them (bounded memory and
    // time).
    constructorOptions: { limitInputPixels: MAX_INPUT_PIXELS },
    // Files are never sniffed into something else; PDFs download rather than open in the CMS's
    // origin.
    modifyResponseHeaders: sandboxedFile({ download: (type) => type.includes('pdf') }),
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    // Widths for the site's srcset: a phone list, a tablet column, a full-width hero.
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre', formatOptions: WEBP },
      { name: 'card', width: 800, withoutEnlargement: true, formatOptions: WEBP },
      { name: 'hero', width: 1600, withoutEnlargement: true, formatOptions: WEBP },
    ],
  },
  fields: [
    {
      name: 'alt',
      label: 'Alt text',
      type: 'text',
      localized: true,
      validate: checkAlt,
      admin: {
        description: 'What the image shows, for people who cannot see it. Required for images.',
      },
    },
    { name: 'caption', type: 'text', localized: true },
    { name: 'credit', type: 'text' },
    {
      name: 'audience',
      type: 'select',
      required: true,
      defaultValue: 'public',
      options: [
        { label: 'Public', value: 'public' },
        { label: 'Internal (staff only)', value: 'internal' },
      ],
      admin: {
        position: 'sidebar',
        description: 'Files for internal publications are never served publicly.',
      },
    },
  ],
})
