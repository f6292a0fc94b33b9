import { randomBytes } from 'node:crypto'

import type { Payload, PayloadRequest, Where } from 'payload'

import type { Actor } from '../access/core/roles'
import { relationId, relationTo } from '../core/relationId'
import { threadMessageId } from '../core/replySecret'
import { SERVICE_REQUEST_EVENTS, SERVICE_REQUEST_FOLLOWERS } from '../core/slugs'
import { queueMessage } from '../email'
import { queuePush } from '../push'
import { queueText } from '../sms'
import { currentSettings } from '../settings'
import type { ServiceType } from './catalogue'
import {
  type Email,
  requestAcknowledgement,
  requestUpdate,
  requestUpdateShort,
} from './core/emails'
import { queueCallback } from './callbackQueue'
import { asksSafety, DANGER_CODE, instructionIn } from './core/safety'
import { signedId } from '../core/signedId'
import { SURVEY_PURPOSE } from './core/survey'
import type { ClosingReason, RequestEventAction, RequestState } from './core/model'
import type { RequestDoc } from './requestDoc'
import { type Language } from '../../site/lib/i18n'
import type { ServiceRequestFollower } from '../payload-types'

/**
 * Following a request: its history (public entries feed the status page), the people who hear about
 * it, and the emails they get, all through the outbox so no request waits on the mail server.
 */

export const statusUrl = (reference: string, language: Language) =>
  `${currentSettings().cmsUrl}/api/service-requests/track/${encodeURIComponent(reference)}${language === 'fr' ? '?lang=fr' : ''}`

/** The closing message's one-question survey, for the reporter: signed, once per request. */
export const surveyUrl = (secret: string, id: number | string, language: Language) =>
  `${currentSettings().cmsUrl}/api/service-requests/survey?t=${signedId(secret, SURVEY_PURPOSE, id)}${language === 'fr' ? '&lang=fr' : ''}`

/** The closing message's "still not fixed" link: the follower's token proves who says it. */
export const reopenUrl = (reference: string, token: string, language: Language) =>
  `${currentSettings().cmsUrl}/api/service-requests/${encodeURIComponent(reference)}/reopen?token=${encodeURIComponent(token)}${language === 'fr' ? '&lang=fr' : ''}`

export const stopUrl = (token: string) =>
  `${currentSettings().cmsUrl}/api/service-requests/unfollow/${encodeURIComponent(token)}`

export const recordEvent = async (
  payload: Payload,
  event: {
    request: number | string
    action: RequestEventAction
    state?: RequestState | null
    mediaUrl?: string | null
    externalId?: string | null
    /** Who, when not a signed-in person (an app posting a resident's comment). */
    actorName?: string | null
    notes?: string | null
    isPublic?: boolean
    actor?: Actor
    details?: string | null
    req?: PayloadRequest
  },
) => {
  const created = await payload.create({
    collection: SERVICE_REQUEST_EVENTS,
    data: {
      request: relationTo(event.request),
      at: new Date().toISOString(),
      action: event.action,
      state: event.state ?? null,
      notes: event.notes ?? null,
      public: event.isPublic ?? false,
      actor: relationTo(event.actor?.id ?? null),
      actorName: event.actor
        ? [event.actor.firstName, event.actor.lastName].filter(Boolean).join(' ') ||
          event.actor.email ||
          null
        : (event.actorName ?? null),
      details: event.details ?? null,
      mediaUrl: event.mediaUrl ?? null,
      externalId: event.externalId ?? null,
    },
    req: event.req,
    overrideAccess: true,
    depth: 0,
  })
  await queueCallback(payload, created, event.request, event.req)
  return created
}

/** Someone following a request (by email, text or push): the generated type. */
export type Follower = ServiceRequestFollower

/**
 * Adds a follower once per address, number or browser (following again starts the updates again):
 * by email, by text message to a mobile number, or by push to a browser subscription. `confirmed`
 * when the contact is proven (the reporter's own, a push subscription, a follower moved by a
 * merge); else nothing is sent to it until the follower proves it (followProof.ts).
 */
export const addFollower = async (
  payload: Payload,
  args: {
    request: number | string
    email?: string | null
    phone?: string | null
    pushSubscription?: number | string | null
    language: Language
    role: 'reporter' | 'follower'
    confirmed: boolean
    req?: PayloadRequest
  },
): Promise<Follower> => {
  const now = new Date().toISOString()
  const who: Where = args.email
    ? { email: { equals: args.email } }
    : args.phone
      ? { phone: { equals: args.phone } }
      : { pushSubscription: { equals: args.pushSubscription } }
  const { docs } = await payload.find({
    collection: SERVICE_REQUEST_FOLLOWERS,
    where: { and: [{ request: { equals: args.request } }, who] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req: args.req,
  })
  const existing = docs[0]
  if (existing) {
    const added = {
      ...(args.phone && !existing.phone ? { phone: args.phone } : {}),
      ...(args.pushSubscription && !existing.pushSubscription
        ? { pushSubscription: relationTo(args.pushSubscription) }
        : {}),
    }
    // Started again after a stop by whoever typed the contact: it must be proven again.
    const confirming = args.confirmed
      ? existing.confirmedAt
        ? {}
        : { confirmedAt: now }
      : existing.stoppedAt
        ? { confirmedAt: null }
        : {}
    if (existing.stoppedAt || Object.keys(added).length > 0 || 'confirmedAt' in confirming)
      return payload.update({
        collection: SERVICE_REQUEST_FOLLOWERS,
        id: existing.id,
        data: { stoppedAt: null, language: args.language, ...added, ...confirming },
        overrideAccess: true,
        req: args.req,
      })
    return existing
  }
  return payload.create({
    collection: SERVICE_REQUEST_FOLLOWERS,
    data: {
      request: relationTo(args.request),
      email: args.email ?? null,
      phone: args.phone ?? null,
      pushSubscription: relationTo(args.pushSubscription ?? null),
      language: args.language,
      role: args.role,
      token: randomBytes(18).toString('base64url'),
      confirmedAt: args.confirmed ? now : null,
    },
    overrideAccess: true,
    depth: 0,
    req: args.req,
  })
}

export const activeFollowers = async (
  payload: Payload,
  request: number | string,
  req?: PayloadRequest,
) =>
  (
    await payload.find({
      collection: SERVICE_REQUEST_FOLLOWERS,
      where: {
        and: [
          { request: { equals: request } },
          { stoppedAt: { exists: false } },
          // Nothing goes to a contact its follower has not proved is theirs.
          { confirmedAt: { exists: true } },
        ],
      },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
  ).docs

/**
 * 311's mail about a request, from the 311 address; its Message-ID carries the request's reply
 * secret, which a reply must quote to join the request (cms/core/replySecret.ts).
 */
export const send = (
  payload: Payload,
  to: string,
  email: Email & { headers?: Record<string, string> },
  key: string,
  thread: { reference: string; part: string },
  req?: PayloadRequest,
) => {
  const settings = currentSettings()
  return queueMessage(
    payload,
    {
      from: `"311 ${settings.cityName.replace(/"/g, '')}" <${settings.inbound.address311}>`,
      to: [to],
      replyTo: settings.inbound.address311,
      subject: email.subject,
      text: email.text,
      ...(email.headers ? { headers: email.headers } : {}),
      messageId: threadMessageId(
        thread.reference,
        thread.part,
        settings.inbound.domain,
        settings.payloadSecret,
      ),
    },
    { key, req },
  )
}

export const serviceName = (service: Pick<ServiceType, 'name' | 'nameFr'>, language: Language) =>
  language === 'fr' && service.nameFr ? service.nameFr : service.name

export const acknowledgeRequest = async (
  payload: Payload,
  doc: RequestDoc,
  service: ServiceType,
  followerToken: string,
  possibleDuplicate: string | null,
  req?: PayloadRequest,
) => {
  if (!doc.email) return
  const email = requestAcknowledgement({
    language: doc.language,
    reference: doc.reference,
    serviceName: serviceName(service, doc.language),
    location: doc.addressLabel ?? null,
    expectedAt: doc.expectedAt ? new Date(doc.expectedAt) : null,
    statusUrl: statusUrl(doc.reference, doc.language),
    stopUrl: stopUrl(followerToken),
    cityName: currentSettings().cityName,
    possibleDuplicate,
    // An email report could not be asked "is it dangerous?": it is told what to do if it is.
    safetyInstruction:
      asksSafety(service) && (doc.answers as Record<string, unknown> | null)?.[DANGER_CODE] == null
        ? instructionIn(service, doc.language)
        : null,
  })
  await send(
    payload,
    doc.email,
    email,
    `311:${doc.reference}:ack`,
    { reference: doc.reference, part: 'ack' },
    req,
  )
}

/**
 * Tells every follower of a request about a public change, once each (the outbox key names the
 * request, the event and the follower, so a retry after a crash sends nothing twice).
 */
export const notifyFollowers = async (
  payload: Payload,
  args: {
    request: Pick<RequestDoc, 'id' | 'reference'> & Partial<Pick<RequestDoc, 'surveyAnsweredAt'>>
    service: Pick<ServiceType, 'name' | 'nameFr'>
    state: RequestState
    reason: ClosingReason | null
    notes: string | null
    /** The notes in each language (a status template's): each follower reads their own. */
    notesIn?: Record<Language, string>
    eventId: number | string
    req?: PayloadRequest
  },
) => {
  const followers = await activeFollowers(payload, args.request.id, args.req)
  const { cityName } = currentSettings()
  for (const follower of followers) {
    const key = `311:${args.request.reference}:event:${args.eventId}:${follower.id}`
    // A closing carries the way back: "still not fixed" (not for a duplicate: it lives on).
    const reopen =
      args.state === 'closed' && args.reason !== 'duplicate'
        ? reopenUrl(args.request.reference, follower.token, follower.language)
        : null
    // The reporter is asked how it went, once: a closing after the answer asks nothing.
    const survey =
      reopen && follower.role === 'reporter' && !args.request.surveyAnsweredAt
        ? surveyUrl(payload.secret, args.request.id, follower.language)
        : null
    const short = () =>
      requestUpdateShort({
        language: follower.language,
        reference: args.request.reference,
        serviceName: serviceName(args.service, follower.language),
        state: args.state,
        statusUrl: statusUrl(args.request.reference, follower.language),
        cityName,
        reopenUrl: reopen,
        surveyUrl: survey,
      })
    if (follower.email)
      await send(
        payload,
        follower.email,
        requestUpdate({
          language: follower.language,
          reference: args.request.reference,
          serviceName: serviceName(args.service, follower.language),
          state: args.state,
          reason: args.reason,
          notes: args.notesIn?.[follower.language] ?? args.notes,
          statusUrl: statusUrl(args.request.reference, follower.language),
          stopUrl: stopUrl(follower.token),
          reopenUrl: reopen,
          surveyUrl: survey,
          cityName,
        }),
        key,
        { reference: args.request.reference, part: `event-${args.eventId}-${follower.id}` },
        args.req,
      )
    if (follower.phone)
      await queueText(
        payload,
        { to: follower.phone, body: short().text },
        { key: `${key}:sms`, req: args.req },
      )
    const subscription = relationId(follower.pushSubscription)
    if (subscription !== undefined && subscription !== null) {
      const { title, body } = short()
      await queuePush(
        payload,
        subscription,
        {
          title,
          body,
          url: statusUrl(args.request.reference, follower.language),
          tag: `311-${args.request.reference}`,
          urgent: false,
          language: follower.language,
        },
        { key: `${key}:push`, req: args.req },
      )
    }
  }
  return followers.length
}
