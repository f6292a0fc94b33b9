import type { PayloadRequest, Where } from 'payload'

import { relationId } from '../core/relationId'
import { SERVICE_REQUEST_EVENTS, SERVICE_REQUESTS } from '../core/slugs'
import { commaList } from '../core/text/commaList'
import { normaliseEmail } from '../core/text/emailAddress'
import { notStored } from '../http'
import {
  addComment,
  eventByExternalId,
  loadRequest,
  photosIn,
  reopenRequest,
} from '../servicerequests'
import { answer, fail, type Format, invalid } from './answers'
import { ParameterError, readPaging, readWindow } from './core/paging'
import { type UpdateEntry, updateView } from './core/updates'
import { type ClientPost, readClientPost } from './post'
import { UPDATE_ACTIONS } from '../servicerequests/core/model'

/**
 * Open311's service request updates, in the shape mySociety's extension defines and FixMyStreet and
 * Toronto speak: `GET servicerequestupdates` lists every public change of every request (a status
 * change with its notes, a merge, a resident's comment) in a time window, oldest first, so an app
 * stops polling each request; `POST servicerequestupdates` adds a resident's comment from an app.
 */

export const listUpdates = async (req: PayloadRequest, format: Format) => {
  let paging
  let window
  try {
    paging = readPaging(req.searchParams.get('page'), req.searchParams.get('page_size'))
    window = readWindow(req.searchParams.get('start_date'), req.searchParams.get('end_date'))
  } catch (error) {
    if (error instanceof ParameterError) return fail(format, 400, error.message)
    throw error
  }
  const { from, to } = window
  const conditions: Where[] = [
    { public: { equals: true } },
    { action: { in: [...UPDATE_ACTIONS] } },
    { at: { greater_than_equal: from.toISOString() } },
    { at: { less_than_equal: to.toISOString() } },
  ]
  const references = commaList(req.searchParams.get('service_request_id')).slice(0, 1000)
  const byId = new Map<string, { reference: string }>()
  if (references.length) {
    const { docs } = await req.payload.find({
      collection: SERVICE_REQUESTS,
      where: { reference: { in: references } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { reference: true },
    })
    if (!docs.length) return answer(format, 'updates', [])
    for (const doc of docs) byId.set(String(doc.id), doc)
    conditions.push({ request: { in: docs.map((d) => d.id) } })
  }
  const { docs: events } = await req.payload.find({
    collection: SERVICE_REQUEST_EVENTS,
    where: { and: conditions },
    sort: ['at', 'id'],
    limit: paging.size,
    ...(paging.page > 1 ? { page: paging.page } : { pagination: false }),
    depth: 0,
    overrideAccess: true,
    select: { request: true, at: true, action: true, state: true, notes: true, mediaUrl: true },
  })
  const missing = [...new Set(events.map((e) => String(relationId(e.request))))].filter(
    (id) => !byId.has(id),
  )
  if (missing.length) {
    const { docs } = await req.payload.find({
      collection: SERVICE_REQUESTS,
      where: { id: { in: missing } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { reference: true },
    })
    for (const doc of docs) byId.set(String(doc.id), doc)
  }
  const entries: UpdateEntry[] = events.flatMap((e) => {
    const request = byId.get(String(relationId(e.request)))
    return request && e.state
      ? [
          {
            id: e.id,
            reference: request.reference,
            state: e.state,
            at: e.at,
            notes: e.notes ?? null,
            mediaUrl: e.mediaUrl ?? null,
          },
        ]
      : []
  })
  return answer(format, 'updates', entries.map(updateView))
}

/**
 * A resident's comment from an app: `service_request_id`, `description`, and optionally
 * `update_id` (the app's own id: posting it again stores nothing new), `media_url`, photos as
 * `media`, the resident's `first_name`, `last_name` and `email` (kept for staff, never shown),
 * `updated_datetime` and `status`. A comment never closes a request: only staff do; `status=open`
 * on a closed request is the resident's "still not fixed" (core/reopen.ts says what it does).
 */
const created = (format: Format, eventId: number | string, replayed: boolean) => {
  const response = answer(format, 'updates', [{ update_id: String(eventId) }], replayed ? 200 : 201)
  if (replayed) response.headers.set('Idempotent-Replayed', 'true')
  return response
}

/**
 * A closed request said to be still not fixed by an app: reopened (or a new linked request), as the
 * closing message's link does; null when the request is open (the words are then a comment).
 */
const reopenFromApp = async (
  req: PayloadRequest,
  format: Format,
  post: {
    reference: string
    client: { id: number | string; name: string }
    values: Record<string, unknown>
    files: ClientPost['files']
    externalId: string | null
  },
) => {
  if (post.externalId) {
    const before = await eventByExternalId(req.payload, post.externalId, req)
    if (before) return created(format, before.id, true)
  }
  const doc = await loadRequest(req.payload, post.reference, req)
  if (!doc || doc.status !== 'closed') return null
  const outcome = await reopenRequest(req.payload, {
    id: doc.id,
    by: {
      app: post.client.name,
      email: normaliseEmail(post.values.email),
      language: post.values.locale === 'fr' || post.values.language === 'fr' ? 'fr' : 'en',
      externalId: post.externalId,
    },
    comment: post.values.description,
    photos: photosIn(post.files),
    req,
  })
  switch (outcome.kind) {
    case 'reopened':
    case 'new-request':
      return created(format, outcome.eventId, false)
    case 'invalid':
      // The reopening's `comment` is the update's `description`.
      return invalid(
        format,
        outcome.problems.map((p) => ({
          ...p,
          field: p.field === 'comment' ? 'description' : p.field,
        })),
      )
    case 'unavailable':
      return notStored(
        fail(format, 503, 'The update could not be stored; post it again in a minute.'),
      )
    // A duplicate's words go on as a comment; the app follows the request it was merged into.
    default:
      return null
  }
}

export const postUpdate = async (req: PayloadRequest, format: Format) => {
  const post = await readClientPost(req, format)
  if (post instanceof Response) return post
  const { client, values, files } = post
  const text = (name: string) => (typeof values[name] === 'string' ? values[name].trim() : '')
  if (!text('service_request_id'))
    return fail(format, 400, '`service_request_id` names the request, like SR-2026-000123.')
  const updateId = text('update_id').slice(0, 100)
  const externalId = updateId ? `open311:${client.id}:${updateId}` : null
  // "Still not fixed" from an app: `status=open` (FixMyStreet: OPEN or REOPEN) on a closed one.
  if (['open', 'reopen'].includes(text('status').toLowerCase())) {
    const reopened = await reopenFromApp(req, format, {
      reference: text('service_request_id'),
      client,
      values,
      files,
      externalId,
    })
    if (reopened) return reopened
  }
  const who = [text('first_name'), text('last_name')].filter((n) => n && n !== '-').join(' ')
  const outcome = await addComment(req.payload, {
    reference: text('service_request_id'),
    text: values.description,
    mediaUrl: values.media_url,
    photos: photosIn(files),
    externalId: updateId ? `open311:${client.id}:${updateId}` : null,
    actorName: client.name,
    details: [
      `from ${client.name}`,
      who || null,
      text('email') || null,
      text('phone') || null,
      text('updated_datetime') ? `their time ${text('updated_datetime')}` : null,
      text('status') ? `status ${text('status').slice(0, 40)}` : null,
      updateId ? `their id ${updateId}` : null,
    ]
      .filter(Boolean)
      .join('; '),
    req,
  })
  if (outcome.kind === 'not-found')
    return fail(format, 404, `No request has the id ${text('service_request_id')}.`)
  if (outcome.kind === 'invalid') return invalid(format, outcome.problems)
  return created(format, outcome.eventId, outcome.kind === 'replayed')
}
