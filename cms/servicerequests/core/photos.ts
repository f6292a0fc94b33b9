import { readLinkUrl } from '../../core/url/outboundUrl'

/**
 * Reporters' photos: what is accepted, how many, and what the public copy looks like. The original
 * stays private (it may show a face, a plate, a back yard, and carries the camera's EXIF, often
 * with GPS); the public copy is resized and re-encoded without any metadata, and shows only once
 * staff approve it. Pure: the caller detects the type from the bytes.
 */

export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const
export type PhotoType = (typeof PHOTO_TYPES)[number]

export const MAX_PHOTOS = 3
/** 10 MB: a phone's full-size JPEG is 2–8 MB. */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024
/** A multipart report: the photos, the text fields and the encoding's overhead. */
export const MAX_REPORT_BYTES = MAX_PHOTOS * MAX_PHOTO_BYTES + 256 * 1024
/** The longest side of the public copy: enough to see the pothole, not a face across the street. */
export const PUBLIC_PHOTO_SIDE = 1280

export type PhotoReview = 'pending' | 'approved' | 'rejected'
export const PHOTO_REVIEWS: readonly PhotoReview[] = ['pending', 'approved', 'rejected']
export type PhotoOrigin = 'web' | 'app' | 'email' | 'staff'
export const PHOTO_ORIGINS: readonly PhotoOrigin[] = ['web', 'app', 'email', 'staff']

/**
 * Why a photo is refused, as a field problem; `kind` lets the form's page say it in either
 * language.
 */
export type PhotoProblem = {
  field: string
  kind: 'photo-type' | 'photo-size' | 'photo-count' | 'photo-unreadable'
  message: string
}

const HEIF = ['image/heic', 'image/heif', 'image/avif']

export const checkPhoto = (
  photo: { name: string; bytes: number; detected: string | null },
  field = 'media',
): PhotoProblem | null => {
  if (photo.bytes > MAX_PHOTO_BYTES)
    return {
      field,
      kind: 'photo-size',
      message: `${photo.name} is ${(photo.bytes / 1024 / 1024).toFixed(1)} MB; send photos under ${MAX_PHOTO_BYTES / 1024 / 1024} MB.`,
    }
  if (!photo.detected || !(PHOTO_TYPES as readonly string[]).includes(photo.detected))
    return {
      field,
      kind: 'photo-type',
      message: HEIF.includes(photo.detected ?? '')
        ? `${photo.name} is a HEIC/HEIF photo; send it as JPEG (on an iPhone: Settings, Camera, Formats, Most Compatible).`
        : `${photo.name} is not a JPEG, PNG or WebP photo; send one of those.`,
    }
  return null
}

/** At most MAX_PHOTOS; empty file inputs (a form sent without choosing a file) are not photos. */
export const countProblem = (count: number, field = 'media'): PhotoProblem | null =>
  count > MAX_PHOTOS
    ? {
        field,
        kind: 'photo-count',
        message: `Send at most ${MAX_PHOTOS} photos with one report (${count} were sent).`,
      }
    : null

export const unreadable = (name: string, field = 'media'): PhotoProblem => ({
  field,
  kind: 'photo-unreadable',
  message: `${name} could not be read as an image; it may be damaged. Take or save it again.`,
})

const EXTENSION: Record<PhotoType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
}

/**
 * Stored names carry the reference, never the reporter's file name ("smith-backyard.jpg" may say
 * who they are); the original name is kept in a staff-only field.
 */
export const storedPhotoName = (reference: string, index: number, type: PhotoType) =>
  `${reference}-${index + 1}.${EXTENSION[type]}`

export const publicPhotoName = (reference: string, index: number) =>
  `${reference}-${index + 1}-public.webp`

/**
 * Open311's `media_url`: an address of the app's own copy of the photo. It is kept for staff and
 * never fetched by the City's servers (fetching addresses from the internet on request is how
 * server-side request forgery reaches internal services); read by the one URL reader, as a link.
 */
export const checkMediaUrl = (
  value: unknown,
): { ok: true; url: string | null } | { ok: false; message: string } => {
  const text = typeof value === 'string' ? value.trim() : ''
  if (!text) return { ok: true, url: null }
  return readLinkUrl(text, 2000)
}
