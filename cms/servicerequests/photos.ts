import { fileTypeFromBuffer } from 'file-type'
import type { Payload, PayloadRequest } from 'payload'
import sharp from 'sharp'

import { relationId, relationTo } from '../core/relationId'
import { REQUEST_PHOTO_COPIES, REQUEST_PHOTOS } from '../core/slugs'
import { currentSettings } from '../settings'
import { removeStrayFiles } from '../storage'
import { MAX_INPUT_PIXELS } from '../uploads'
import {
  checkPhoto,
  countProblem,
  type PhotoOrigin,
  type PhotoProblem,
  type PhotoType,
  PUBLIC_PHOTO_SIDE,
  storedPhotoName,
  unreadable,
} from './core/photos'

/**
 * Reporters' photos, from every door (the form, Open311's multipart `media`, email attachments,
 * staff in the admin): checked and re-encoded before the report is stored, kept privately, and
 * given a public copy that shows only once staff approve it.
 */

export type IncomingPhoto = { name: string; data: Buffer }

export type PreparedPhoto = {
  originalName: string
  data: Buffer
  type: PhotoType
  /** The public copy: turned upright, at most PUBLIC_PHOTO_SIDE, WebP, with no EXIF, GPS or ICC. */
  copy: Buffer
}

/**
 * sharp writes no metadata unless asked to (`keepMetadata`/`withMetadata`), so the copy carries
 * neither the camera's GPS position nor its serial number. `rotate()` applies the EXIF orientation
 * first, since the copy loses the tag that told viewers how to turn it.
 */
export const publicCopyOf = (data: Buffer) =>
  sharp(data, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
    .rotate()
    .resize({
      width: PUBLIC_PHOTO_SIDE,
      height: PUBLIC_PHOTO_SIDE,
      fit: 'inside',
      withoutEnlargement: true,
    })
    .webp({ quality: 80 })
    .toBuffer()

/** The photos of a multipart report: its `media` files (Open311's name, and the form's). */
export const photosIn = (files: readonly { field: string; name: string; data: Buffer }[]) =>
  files
    .filter((f) => f.field === 'media' || f.field === 'media[]')
    .map(({ name, data }) => ({ name, data }))

/** Checks every photo (type from its bytes, size, pixels, count) and makes the public copies. */
export const preparePhotos = async (
  incoming: readonly IncomingPhoto[],
  field = 'media',
): Promise<{ photos: PreparedPhoto[]; problems: PhotoProblem[] }> => {
  const sent = incoming.filter((photo) => photo.data.length > 0)
  const tooMany = countProblem(sent.length, field)
  if (tooMany) return { photos: [], problems: [tooMany] }
  const photos: PreparedPhoto[] = []
  const problems: PhotoProblem[] = []
  for (const photo of sent) {
    // Names are shown to staff and in messages: printable characters only.
    const name =
      [...photo.name]
        .filter((c) => c >= ' ')
        .join('')
        .slice(0, 120) || 'photo'
    const detected = (await fileTypeFromBuffer(photo.data))?.mime ?? null
    const problem = checkPhoto({ name, bytes: photo.data.length, detected }, field)
    if (problem) {
      problems.push(problem)
      continue
    }
    try {
      const { width = 0, height = 0 } = await sharp(photo.data, {
        limitInputPixels: false,
      }).metadata()
      if (width * height > MAX_INPUT_PIXELS) {
        problems.push({
          field,
          kind: 'photo-size',
          message: `${name} is ${width} × ${height} pixels; send photos under ${MAX_INPUT_PIXELS / 1e6} megapixels.`,
        })
        continue
      }
      photos.push({
        originalName: name,
        data: photo.data,
        type: detected as PhotoType,
        copy: await publicCopyOf(photo.data),
      })
    } catch {
      problems.push(unreadable(name, field))
    }
  }
  return { photos, problems }
}

/** How many photos a request has: the next one's number in its name. */
export const photoCount = async (
  payload: Payload,
  request: number | string,
  req?: PayloadRequest,
) =>
  (
    await payload.count({
      collection: REQUEST_PHOTOS,
      where: { request: { equals: request } },
      overrideAccess: true,
      req,
    })
  ).totalDocs

/** Stores prepared photos on a request, privately, each with its (not yet public) copy. */
export const storePhotos = async (
  payload: Payload,
  request: { id: number | string; reference: string },
  photos: readonly PreparedPhoto[],
  origin: PhotoOrigin,
  req?: PayloadRequest,
) => {
  const first = photos.length ? await photoCount(payload, request.id, req) : 0
  const ids: (number | string)[] = []
  for (const [index, photo] of photos.entries()) {
    const doc = await payload.create({
      collection: REQUEST_PHOTOS,
      data: {
        request: relationTo(request.id),
        origin,
        originalName: photo.originalName,
        review: 'pending',
      },
      file: {
        data: photo.data,
        mimetype: photo.type,
        name: storedPhotoName(request.reference, first + index, photo.type),
        size: photo.data.length,
      },
      context: { requests311: true, publicCopy: photo.copy },
      overrideAccess: true,
      depth: 0,
      req,
    })
    ids.push(doc.id)
  }
  return ids
}

export type PublicPhoto = {
  url: string
  width: number | null
  height: number | null
  alt: string | null
  altFr: string | null
}

/** Approved photos by request id, oldest first: what the status page and Open311 may show. */
export const publicPhotos = async (
  payload: Payload,
  requests: readonly (number | string)[],
): Promise<Map<string, PublicPhoto[]>> => {
  const out = new Map<string, PublicPhoto[]>()
  if (!requests.length) return out
  const { docs } = await payload.find({
    collection: REQUEST_PHOTO_COPIES,
    where: { and: [{ request: { in: [...requests] } }, { public: { equals: true } }] },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  for (const doc of docs) {
    if (!doc.filename) continue
    const list = out.get(String(relationId(doc.request))) ?? []
    list.push({
      url: `${currentSettings().cmsUrl}/api/${REQUEST_PHOTO_COPIES}/file/${encodeURIComponent(doc.filename)}`,
      width: doc.width ?? null,
      height: doc.height ?? null,
      alt: doc.alt ?? null,
      altFr: doc.altFr ?? null,
    })
    out.set(String(doc.request), list)
  }
  return out
}

/**
 * The files a failed intake of `reference` wrote before its rows were rolled back (the photos and
 * their public copies), wherever uploads are kept. Start-up removes any a crash left behind.
 */
export const removeStrayPhotos = async (payload: Payload, reference: string) => {
  for (const collection of [REQUEST_PHOTOS, REQUEST_PHOTO_COPIES] as const)
    await removeStrayFiles(payload, collection, { namePrefix: `${reference}-` }).catch((error) =>
      payload.logger.warn({ err: error, msg: `Stray ${collection} files of ${reference} remain.` }),
    )
}
