import type { Payload, PayloadRequest } from 'payload'

import { SERVICE_REQUEST_EVENTS } from '../core/slugs'
import { inOneTransaction } from '../db'
import { publicDescription } from '../core/text/publicText'
import { MAX_NOTES } from './core/lifecycle'
import { checkMediaUrl } from './core/photos'
import { type IncomingPhoto, preparePhotos, removeStrayPhotos, storePhotos } from './photos'
import type { Problem } from './place'
import type { RequestDoc } from './requestDoc'
import { loadRequest } from './status'
import { recordEvent } from './tracking'

/**
 * A resident's comment on a request, from an app (Open311's "POST Service Request Updates"): it
 * joins the request's public history, with the contact details typed into it removed (apps publish
 * their residents' comments; the City shows them as the resident's words, not its own). Its photos
 * stay private until staff approve them, as a report's do. An app's own id for the comment makes a
 * retry store nothing twice.
 */

export type CommentInput = {
  reference: unknown
  text: unknown
  mediaUrl?: unknown
  photos?: readonly IncomingPhoto[]
  /** `open311:{client}:{update_id}`: the same comment posted again is the same event. */
  externalId?: string | null
  /** Who sent it, as staff read it in the history (the app; the resident's name stays private). */
  actorName: string
  /** Staff-only detail: the resident's name and contact as the app sent them, the app's time. */
  details?: string | null
  req?: PayloadRequest
}

export type CommentOutcome =
  | { kind: 'added' | 'replayed'; eventId: number | string; doc: RequestDoc }
  | { kind: 'not-found' }
  | { kind: 'invalid'; problems: Problem[] }

/** The event an app's own id already made, if any. */
export const eventByExternalId = async (
  payload: Payload,
  externalId: string,
  req?: PayloadRequest,
) => {
  const { docs } = await payload.find({
    collection: SERVICE_REQUEST_EVENTS,
    where: { externalId: { equals: externalId } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
    select: { at: true },
  })
  return docs[0] ?? null
}

export const addComment = async (
  payload: Payload,
  input: CommentInput,
): Promise<CommentOutcome> => {
  const doc = await loadRequest(payload, input.reference, input.req)
  if (!doc) return { kind: 'not-found' }
  const problems: Problem[] = []
  const text = typeof input.text === 'string' ? input.text.trim() : ''
  if (!text) problems.push({ field: 'description', message: 'Write the comment in `description`.' })
  else if (text.length > MAX_NOTES)
    problems.push({
      field: 'description',
      message: `Keep the comment under ${MAX_NOTES} characters.`,
    })
  const media = checkMediaUrl(input.mediaUrl)
  if (!media.ok) problems.push({ field: 'media_url', message: media.message })
  const prepared = await preparePhotos(input.photos ?? [])
  problems.push(...prepared.problems)
  if (problems.length) return { kind: 'invalid', problems }
  if (input.externalId) {
    const before = await eventByExternalId(payload, input.externalId, input.req)
    if (before) return { kind: 'replayed', eventId: before.id, doc }
  }
  let stored = false
  try {
    const eventId = await inOneTransaction(
      payload,
      async (req) => {
        // Checked again inside: two copies of one post racing store one comment.
        const raced = input.externalId
          ? await eventByExternalId(payload, input.externalId, req)
          : null
        if (raced) return raced.id
        const event = await recordEvent(payload, {
          request: doc.id,
          action: 'comment',
          state: doc.state,
          notes: publicDescription(text),
          isPublic: true,
          actor: null,
          actorName: input.actorName,
          details: input.details ?? null,
          mediaUrl: media.ok ? media.url : null,
          externalId: input.externalId ?? null,
          req,
        })
        await storePhotos(payload, doc, prepared.photos, 'app', req)
        stored = true
        return event.id
      },
      { req: input.req },
    )
    return { kind: stored ? 'added' : 'replayed', eventId, doc }
  } catch (error) {
    if (prepared.photos.length) await removeStrayPhotos(payload, doc.reference)
    throw error
  }
}
