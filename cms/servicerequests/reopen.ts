import type { Payload, PayloadRequest } from 'payload'

import { loadCalendar } from '../calendar'
import { responseDue } from '../core/businessDays'
import { relationId } from '../core/relationId'
import { DEPARTMENTS, SERVICE_REQUEST_FOLLOWERS, SERVICE_REQUESTS } from '../core/slugs'
import { inOneTransaction } from '../db'
import { currentSettings } from '../settings'
import { strings } from '../../site/lib/i18n'
import { serviceById } from './catalogue'
import { MAX_NOTES } from './core/lifecycle'
import { reopenDecision } from './core/reopen'
import { submitRequest } from './intake'
import { type IncomingPhoto, preparePhotos, removeStrayPhotos, storePhotos } from './photos'
import type { Problem } from './place'
import type { RequestDoc } from './requestDoc'
import { loadRequest } from './status'
import { notifyFollowers, recordEvent, send } from './tracking'

/**
 * "Still not fixed", said by the person the closing message was sent to (its link carries their
 * follower token): the request opens again within 30 days of closing, the first time, with its
 * department told by email and a new expected date; later, or a second time, a new request is
 * opened for the same place and service, linked to the old one. Either way the resident's words
 * and photos reach the crew (privately: they are the resident's, not the City's).
 */

/**
 * Who says it: the person the closing message went to (its token), or an Open311 app speaking for
 * its resident (its key proved it; the resident's email, if the app gives one, follows a new
 * request).
 */
export type Reopener =
  | { token: unknown }
  /** The reporter, through the signed "still fixed?" link four weeks after the closing. */
  | { check: true }
  | {
      app: string
      email: string | null
      language: 'en' | 'fr'
      /** The app's own id for the update: posted again, it reopens nothing twice. */
      externalId: string | null
    }

export type ReopenInput = {
  id: unknown
  by: Reopener
  comment: unknown
  photos?: readonly IncomingPhoto[]
  req?: PayloadRequest
}

export type ReopenOutcome =
  | { kind: 'reopened'; doc: RequestDoc; eventId: number | string }
  | { kind: 'new-request'; doc: RequestDoc; from: RequestDoc; eventId: number | string }
  | { kind: 'not-found' }
  | { kind: 'not-yours' }
  | { kind: 'open'; doc: RequestDoc }
  | { kind: 'merged'; into: string }
  | { kind: 'invalid'; problems: Problem[] }
  | { kind: 'unavailable' }

/** The follower whose token the link carries, on this request only (a stop does not end it). */
export const followerByToken = async (
  payload: Payload,
  request: number | string,
  token: unknown,
  req?: PayloadRequest,
) => {
  if (typeof token !== 'string' || !/^[\w-]{16,64}$/.test(token)) return null
  const { docs } = await payload.find({
    collection: SERVICE_REQUEST_FOLLOWERS,
    where: { and: [{ request: { equals: request } }, { token: { equals: token } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0] ?? null
}

const checkComment = (comment: unknown): { text: string; problems: Problem[] } => {
  const text = typeof comment === 'string' ? comment.trim() : ''
  if (!text)
    return {
      text,
      problems: [{ field: 'comment', message: 'Say what is still wrong, in a few words.' }],
    }
  if (text.length > MAX_NOTES)
    return {
      text,
      problems: [{ field: 'comment', message: `Keep it under ${MAX_NOTES} characters.` }],
    }
  return { text, problems: [] }
}

/** The department's shared mailbox hears of the reopening, with the resident's words. */
const tellDepartment = async (
  payload: Payload,
  doc: RequestDoc,
  comment: string,
  eventId: number | string,
  req: PayloadRequest,
) => {
  const departmentId = relationId(doc.department)
  if (departmentId == null) return
  const department = await payload.findByID({
    collection: DEPARTMENTS,
    id: departmentId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!department?.email) return
  const w = strings('en').requestMail
  const admin = `${currentSettings().cmsUrl}/admin/collections/${SERVICE_REQUESTS}/${doc.id}`
  await send(
    payload,
    department.email,
    {
      subject: w.reopenedSubject(doc.reference),
      text: `${w.reopenedForStaff(doc.reference, doc.addressLabel ?? null, comment)}\n\n${admin}\n`,
    },
    `311:${doc.reference}:reopened:${eventId}:department`,
    { reference: doc.reference, part: `reopened-${eventId}` },
    req,
  )
}

/** What "still not fixed" would do to this request now (core/reopen.ts decides). */
export const decisionFor = (doc: RequestDoc, now = new Date()) =>
  reopenDecision(
    {
      status: doc.status,
      closedAt: doc.closedAt,
      reopenCount: doc.reopenCount,
      closingReason: doc.closingReason,
      mergedInto: relationId(doc.mergedInto) ?? null,
    },
    now,
  )

export const reopenRequest = async (
  payload: Payload,
  input: ReopenInput,
): Promise<ReopenOutcome> => {
  const doc = await loadRequest(payload, input.id, input.req)
  if (!doc) return { kind: 'not-found' }
  const by = input.by
  const follower =
    'token' in by ? await followerByToken(payload, doc.id, by.token, input.req) : null
  if ('token' in by && !follower) return { kind: 'not-yours' }
  const reporter =
    'check' in by
      ? {
          email: doc.email ?? null,
          phone: null,
          language: doc.language === 'fr' ? ('fr' as const) : ('en' as const),
          who: 'the reporter, four weeks on',
          externalId: null,
        }
      : 'token' in by
        ? {
            email: follower!.email ?? null,
            phone: follower!.phone ?? null,
            language: follower!.language === 'fr' ? ('fr' as const) : ('en' as const),
            who: follower!.role === 'reporter' ? 'the reporter' : 'a follower',
            externalId: null,
          }
        : {
            email: by.email,
            phone: null,
            language: by.language,
            who: `a resident, through ${by.app}`,
            externalId: by.externalId,
          }
  const now = new Date()
  const decision = decisionFor(doc, now)
  if (decision.kind === 'open') return { kind: 'open', doc }
  if (decision.kind === 'merged') {
    const into = await loadRequest(payload, decision.into, input.req)
    return { kind: 'merged', into: into?.reference ?? '' }
  }
  const { text, problems } = checkComment(input.comment)
  if (problems.length) return { kind: 'invalid', problems }
  const service = await serviceById(payload, relationId(doc.service))
  const { language, who } = reporter

  if (decision.kind === 'new-request') {
    let eventId: number | string | null = null
    const outcome = await submitRequest(payload, {
      serviceCode: doc.serviceCode,
      answers: (doc.answers ?? {}) as Record<string, unknown>,
      description: text,
      lat: doc.lat,
      long: doc.long,
      addressId: relationId(doc.address),
      email: reporter.email,
      phone: reporter.phone,
      textUpdates: reporter.phone ? true : undefined,
      language,
      channel: 'web',
      // The old request was placed (or not) by staff: the new one takes its place as it is.
      locationOptional: true,
      photos: input.photos,
      reopenedFrom: doc.id,
      req: input.req,
      alsoStore: async (created, req) => {
        await payload.update({
          collection: SERVICE_REQUESTS,
          id: doc.id,
          data: { reopenCount: (doc.reopenCount ?? 0) + 1 },
          overrideAccess: true,
          context: { requests311: true },
          req,
        })
        const event = await recordEvent(payload, {
          request: doc.id,
          action: 'reopened',
          state: doc.state,
          notes: strings(doc.language).requestMail.reportedAgainNote(created.reference),
          isPublic: true,
          details: `still not fixed, said by ${who} (${decision.why}); opened ${created.reference}`,
          externalId: reporter.externalId,
          req,
        })
        eventId = event.id
      },
    })
    if (outcome.kind === 'created' && eventId !== null)
      return { kind: 'new-request', doc: outcome.doc, from: doc, eventId }
    if (outcome.kind === 'invalid') return { kind: 'invalid', problems: outcome.problems }
    return { kind: 'unavailable' }
  }

  const prepared = await preparePhotos(input.photos ?? [])
  if (prepared.problems.length) return { kind: 'invalid', problems: prepared.problems }
  const calendar = await loadCalendar(payload)
  const expectedAt = responseDue(now, calendar, Math.max(1, service?.targetDays ?? 5)).dueAt
  const notes = strings(doc.language).requestMail.reopenedNote
  try {
    const { updated, eventId } = await inOneTransaction(
      payload,
      async (req) => {
        const updated = await payload.update({
          collection: SERVICE_REQUESTS,
          id: doc.id,
          data: {
            state: 'acknowledged',
            status: 'open',
            closingReason: null,
            closedAt: null,
            statusNotes: notes,
            expectedAt: expectedAt.toISOString(),
            reopenCount: (doc.reopenCount ?? 0) + 1,
          },
          overrideAccess: true,
          depth: 0,
          context: { requests311: true },
          req,
        })
        const event = await recordEvent(payload, {
          request: doc.id,
          action: 'reopened',
          state: 'acknowledged',
          notes,
          isPublic: true,
          details: `still not fixed, said by ${who}: ${text}`,
          externalId: reporter.externalId,
          req,
        })
        await storePhotos(payload, doc, prepared.photos, 'web', req)
        await tellDepartment(payload, updated, text, event.id, req)
        if (service)
          await notifyFollowers(payload, {
            request: updated,
            service,
            state: 'acknowledged',
            reason: null,
            notes,
            eventId: event.id,
            req,
          })
        return { updated, eventId: event.id }
      },
      { req: input.req },
    )
    payload.logger.info({ msg: `${doc.reference} reopened (event ${eventId}).` })
    return { kind: 'reopened', doc: updated, eventId }
  } catch (error) {
    if (prepared.photos.length) await removeStrayPhotos(payload, doc.reference)
    payload.logger.error({ err: error, msg: `${doc.reference} could not be reopened.` })
    return { kind: 'unavailable' }
  }
}
