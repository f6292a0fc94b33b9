import { S3Client } from '@aws-sdk/client-s3'
import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import { CORRESPONDENCE_FILES, MEDIA, REQUEST_PHOTO_COPIES, REQUEST_PHOTOS } from '../core/slugs'
import type { S3Settings } from '../settings'

export const s3ClientConfig = (s3: S3Settings) => ({
  region: s3.region,
  forcePathStyle: s3.forcePathStyle,
  ...(s3.endpoint ? { endpoint: s3.endpoint } : {}),
  ...(s3.credentials ? { credentials: s3.credentials } : {}),
})

const clients = new Map<string, S3Client>()

/** One client per bucket configuration in a process (each keeps its own connection pool). */
export const s3Client = (s3: S3Settings): S3Client => {
  const key = JSON.stringify(s3ClientConfig(s3))
  if (!clients.has(key)) clients.set(key, new S3Client(s3ClientConfig(s3)))
  return clients.get(key)!
}

/** Where each upload collection's files sit in the bucket. */
export const uploadPrefix = (s3: S3Settings | null, collection: string) =>
  ({
    [MEDIA]: s3?.mediaPrefix ?? 'media',
    [CORRESPONDENCE_FILES]: 'private/correspondence',
    [REQUEST_PHOTOS]: 'private/request-photos',
    [REQUEST_PHOTO_COPIES]: 'request-photo-copies',
  })[collection] ?? collection

/**
 * Uploads in the bucket instead of on this machine's disk, so every CMS process sees the same
 * files. Files are still served through the CMS (`/api/media/file/…`), which checks the
 * collection's read access on each request: a file of an internal publication stays private, and
 * the bucket itself needs no public access at all.
 */
export const mediaStoragePlugins = (s3: S3Settings | null): Plugin[] => [
  s3Storage({
    // Off without S3_BUCKET, but its fields stay: one database schema whatever the storage.
    enabled: Boolean(s3),
    alwaysInsertFields: true,
    // Customers' attachments and 311 photos sit beside the media, served through the CMS, which
    // checks each file's access (the desk's attachments, a request's staff, approved public
    // copies).
    collections: Object.fromEntries(
      [MEDIA, CORRESPONDENCE_FILES, REQUEST_PHOTOS, REQUEST_PHOTO_COPIES].map((slug) => [
        slug,
        { prefix: uploadPrefix(s3, slug) },
      ]),
    ),
    bucket: s3?.bucket ?? '',
    config: s3 ? s3ClientConfig(s3) : {},
  }),
]
