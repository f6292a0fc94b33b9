import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type CollectionBeforeOperationHook,
  Forbidden,
} from 'payload'

import { mayWorkOnRequest } from '../access'
import { relationId, relationTo } from '../core/relationId'
import { deleteAll } from '../db'
import { REQUEST_PHOTO_COPIES } from '../core/slugs'
import { PHOTO_TYPES, publicPhotoName, storedPhotoName } from './core/photos'
import { photoCount, publicCopyOf } from './photos'
import { loadRequest } from './status'
import { recordEvent } from './tracking'
import type { RequestPhoto } from '../payload-types'

/**
 * The rules of `request-photos`: a photo belongs to one request for good, is named after it, gets
 * its public copy when it arrives, and that copy is public exactly while staff approve the photo.
 */

type PhotoDoc = RequestPhoto

/**
 * Staff attaching a photo in the admin: it must be a request they work on; it is named after it.
 */
export const namePhotoAfterRequest: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
  context,
}) => {
  if (operation !== 'create' || context.requests311) return args
  const data = (args as { data?: Record<string, unknown> }).data ?? {}
  const request = await loadRequest(req.payload, relationId(data.request), req)
  if (!request)
    throw new APIError(
      'Choose the service request this photo belongs to.',
      400,
      [{ path: 'request', message: 'Choose the service request this photo belongs to.' }],
      true,
    )
  if (req.user && !mayWorkOnRequest(req.user, request)) throw new Forbidden(req.t)
  if (req.file) {
    const taken = await photoCount(req.payload, request.id, req)
    const type = PHOTO_TYPES.find((t) => t === req.file!.mimetype)
    data.originalName = req.file.name.slice(0, 120)
    if (type) req.file.name = storedPhotoName(request.reference, taken, type)
  }
  data.origin = 'staff'
  return args
}

/** The request, origin and original name never change; a review records who decided and when. */
export const keepPhotoFacts: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation === 'update' && originalDoc) {
    data.request = originalDoc.request
    data.origin = originalDoc.origin
    data.originalName = originalDoc.originalName
  }
  const reviewed = data.review && data.review !== (originalDoc?.review ?? 'pending')
  if (reviewed && data.review !== 'pending') {
    data.reviewedBy = req.user?.id ?? null
    data.reviewedAt = new Date().toISOString()
  }
  return data
}

/**
 * A new photo gets its public copy at once (resized, without metadata), not public yet; a review
 * makes the copy public or private again, and is noted in the request's staff history.
 */
export const syncPublicCopy: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  const photo = doc as PhotoDoc
  const requestId = relationId(photo.request)!
  const isPublic = photo.review === 'approved'
  if (operation === 'create') {
    const copy =
      (context.publicCopy as Buffer | undefined) ??
      (req.file?.data ? await publicCopyOf(req.file.data) : null)
    if (!copy) return doc
    const request = await loadRequest(req.payload, requestId, req)
    const index = Math.max(0, Number(/-(\d+)\.\w+$/.exec(photo.filename ?? '')?.[1] ?? 1) - 1)
    await req.payload.create({
      collection: REQUEST_PHOTO_COPIES,
      data: {
        photo: relationTo(photo.id),
        request: relationTo(requestId),
        public: isPublic,
        alt: photo.alt ?? null,
        altFr: photo.altFr ?? null,
      },
      file: {
        data: copy,
        mimetype: 'image/webp',
        name: publicPhotoName(request?.reference ?? 'SR', index),
        size: copy.length,
      },
      overrideAccess: true,
      depth: 0,
      req,
    })
    return doc
  }
  const before = previousDoc as PhotoDoc | undefined
  if (before?.review === photo.review && before?.alt === photo.alt && before?.altFr === photo.altFr)
    return doc
  await req.payload.update({
    collection: REQUEST_PHOTO_COPIES,
    where: { photo: { equals: photo.id } },
    data: { public: isPublic, alt: photo.alt ?? null, altFr: photo.altFr ?? null },
    overrideAccess: true,
    depth: 0,
    req,
  })
  if (before?.review !== photo.review)
    await recordEvent(req.payload, {
      request: requestId,
      action: 'photo',
      actor: req.user,
      details: `${photo.filename ?? 'photo'}: ${
        isPublic ? 'approved, its resized copy is public' : `${photo.review}, not public`
      }`,
      req,
    })
  return doc
}

/** A photo's copy goes first (it points at the photo, which cannot go while it does). */
export const deletePublicCopy: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await deleteAll(req, REQUEST_PHOTO_COPIES, { photo: { equals: id } })
}
