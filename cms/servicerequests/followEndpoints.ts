import type { Endpoint, PayloadRequest, Where } from 'payload'

import { databaseLimiter } from '../coordination'
import { relationId } from '../core/relationId'
import { SERVICE_REQUEST_FOLLOWERS, SERVICE_REQUESTS } from '../core/slugs'
import { normaliseEmail } from '../core/text/emailAddress'
import { toE164 } from '../core/text/phone'
import { anyOrigin, clientIp, jsonError, readBody, sourcePageOf, wantsJson } from '../http'
import { subscribePush } from '../push'
import { currentSettings } from '../settings'
import { queueText } from '../sms'
import { strings, type Language } from '../../site/lib/i18n'
import { serviceById } from './catalogue'
import { followConfirmation } from './core/emails'
import { checkCode, CODE_TTL_MS, codeHash, newCode } from './core/followProof'
import { confirmFollowPage, confirmStopPage, messagePage, problemsPage } from './pages'
import { loadRequest } from './status'
import { addFollower, type Follower, recordEvent, send, serviceName } from './tracking'

/**
 * Following a request, with proof: a push subscription follows at once (only its browser holds
 * it); an email address gets one message with a link, a mobile number one text with a code, and
 * nothing more until the link is opened or the code typed. Stopping needs the token that only the
 * follower's messages carry.
 */

const followPerIp = databaseLimiter('311-follow-ip', { max: 20, windowMs: 60 * 60 * 1000 })
/** Proofs sent to one address or number an hour: a stranger cannot turn 311 on someone's inbox. */
const proofsPerContact = databaseLimiter('311-follow-proof', { max: 3, windowMs: 60 * 60 * 1000 })
/** Codes typed from one address in 10 minutes, across every follower: guessing costs time. */
const codeTriesPerIp = databaseLimiter('311-follow-code-ip', { max: 20, windowMs: 10 * 60 * 1000 })

const languageOf = (value: unknown): Language => (value === 'fr' ? 'fr' : 'en')

const confirmUrl = (token: string) =>
  `${currentSettings().cmsUrl}/api/service-requests/follow/confirm/${encodeURIComponent(token)}`

type Contact =
  | { email?: string; phone?: string; pushSubscription?: number | string }
  | { field: string; message: string }

const followerContact = async (
  req: PayloadRequest,
  values: Record<string, unknown>,
  language: Language,
): Promise<Contact> => {
  if (values.subscription !== undefined) {
    const stored = await subscribePush(req.payload, currentSettings(), {
      subscription: values.subscription,
      topics: [],
      language,
      sourcePage: sourcePageOf(req, values, currentSettings().siteUrl),
      ip: clientIp(req),
      followOnly: true,
    })
    return stored.ok ? { pushSubscription: stored.id } : stored
  }
  if (values.phone !== undefined) {
    const phone = toE164(String(values.phone))
    return phone
      ? { phone }
      : { field: 'phone', message: 'Enter a mobile number like 519-555-0123.' }
  }
  const email = normaliseEmail(values.email)
  return email
    ? { email }
    : { field: 'email', message: 'Enter an email address like name@example.com.' }
}

/** Sends the proof an unconfirmed follower needs: the mailed link, or a new texted code. */
const askForProof = async (
  req: PayloadRequest,
  follower: Follower,
  request: { id: number | string; reference: string; service?: unknown },
  language: Language,
) => {
  const contact = follower.email ?? follower.phone ?? ''
  if (!(await proofsPerContact.take(req.payload, contact))) return
  const service = await serviceById(req.payload, relationId(request.service))
  const name = service ? serviceName(service, language) : request.reference
  const { cityName, payloadSecret } = currentSettings()
  if (follower.email) {
    const email = followConfirmation({
      language,
      reference: request.reference,
      serviceName: name,
      confirmUrl: confirmUrl(follower.token),
      cityName,
    })
    await send(
      req.payload,
      follower.email,
      email,
      `311:${request.reference}:confirm:${follower.id}:${Date.now()}`,
      { reference: request.reference, part: `confirm-${follower.id}` },
    )
    return
  }
  const code = newCode()
  await req.payload.update({
    collection: SERVICE_REQUEST_FOLLOWERS,
    id: follower.id,
    data: {
      codeHash: codeHash(code, follower.id, payloadSecret),
      codeExpiresAt: new Date(Date.now() + CODE_TTL_MS).toISOString(),
      codeAttempts: 0,
    },
    overrideAccess: true,
    req,
  })
  await queueText(
    req.payload,
    {
      to: follower.phone!,
      body: strings(language).requestMail.codeText(cityName, code, request.reference),
    },
    { key: `311:${request.reference}:code:${follower.id}:${Date.now()}` },
  )
}

/**
 * "Me too" counts the followers who said it and proved their contact: recounted rather than added
 * to, so a link opened twice or two confirmations at once count each person once.
 */
const countMeToo = async (req: PayloadRequest, request: number | string) => {
  const { totalDocs } = await req.payload.count({
    collection: SERVICE_REQUEST_FOLLOWERS,
    where: {
      and: [
        { request: { equals: request } },
        { meToo: { equals: true } },
        { confirmedAt: { exists: true } },
      ],
    },
    overrideAccess: true,
    req,
  })
  await req.payload.update({
    collection: SERVICE_REQUESTS,
    id: request,
    data: { meTooCount: totalDocs },
    overrideAccess: true,
    context: { requests311: true },
    req,
  })
}

/** Following, or saying "me too" (the same problem: counted, and followed). */
const followOrMeToo = (meToo: boolean) => async (req: PayloadRequest) => {
  const body = await readBody(req)
  const { values } = body
  // An app's form post may ask for JSON (`Accept: application/json`).
  const form = body.form && !wantsJson(req)
  const language = languageOf(values.language)
  const t = strings(language).requests
  if (!(await followPerIp.take(req.payload, clientIp(req))))
    return form ? messagePage(language, t.tooManyTitle, t.tooMany, 429) : jsonError(429, t.tooMany)
  const doc = await loadRequest(req.payload, req.routeParams?.id, req)
  if (!doc)
    return form
      ? messagePage(language, t.statusTitle(''), t.statusNotFound, 404)
      : jsonError(404, t.statusNotFound)
  if (meToo && doc.status !== 'open')
    return form
      ? messagePage(language, t.meTooTitle, t.meTooClosed, 409)
      : jsonError(409, t.meTooClosed)
  // By email (the form), by text to a mobile number, or by push to this browser (the API).
  const how = await followerContact(req, values, language)
  if ('field' in how)
    return form ? problemsPage(language, [how]) : jsonError(400, how.message, how.field)
  const follower = await addFollower(req.payload, {
    request: doc.id,
    ...how,
    language,
    role: 'follower',
    confirmed: how.pushSubscription !== undefined,
    req,
  })
  if (meToo && !follower.meToo)
    await req.payload.update({
      collection: SERVICE_REQUEST_FOLLOWERS,
      id: follower.id,
      data: { meToo: true },
      overrideAccess: true,
      req,
    })
  if (!follower.confirmedAt) {
    await askForProof(req, follower, doc, language)
    return form
      ? messagePage(language, t.checkInboxTitle, t.checkInbox(doc.reference), 202)
      : Response.json(
          { reference: doc.reference, following: false, confirm: how.email ? 'email' : 'code' },
          { status: 202 },
        )
  }
  await recordEvent(req.payload, {
    request: doc.id,
    action: 'followed',
    details: meToo ? 'a resident says me too' : 'a resident follows it',
    req,
  })
  if (meToo) await countMeToo(req, doc.id)
  return form
    ? messagePage(language, t.followingTitle, t.following(doc.reference))
    : Response.json({
        reference: doc.reference,
        following: true,
        ...(meToo ? { meToo: true } : {}),
        // Only the browser holding the subscription gets here: its token is what its closing
        // notice would carry ("still not fixed", stopping), so an app keeps it beside the report.
        ...(how.pushSubscription !== undefined ? { token: follower.token } : {}),
      })
}

// Apps on other origins (the City's 311 app) read these answers.
const follow: Endpoint = {
  path: '/:id/follow',
  method: 'post',
  handler: anyOrigin(followOrMeToo(false)),
}
const meToo: Endpoint = {
  path: '/:id/me-too',
  method: 'post',
  handler: anyOrigin(followOrMeToo(true)),
}

/** Marks a follower proven and records it in the request's history. */
const confirm = async (req: PayloadRequest, follower: Follower) => {
  await req.payload.update({
    collection: SERVICE_REQUEST_FOLLOWERS,
    id: follower.id,
    data: { confirmedAt: new Date().toISOString(), codeHash: null, codeExpiresAt: null },
    overrideAccess: true,
    req,
  })
  await recordEvent(req.payload, {
    request: relationId(follower.request)!,
    action: 'followed',
    details: `a resident ${follower.meToo ? 'says me too' : 'follows it'} (${follower.email ? 'email' : 'text'} confirmed)`,
    req,
  })
  if (follower.meToo) await countMeToo(req, relationId(follower.request)!)
}

const findFollower = async (req: PayloadRequest, where: Where) =>
  (
    await req.payload.find({
      collection: SERVICE_REQUEST_FOLLOWERS,
      where,
      limit: 1,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
      req,
    })
  ).docs[0] ?? null

/** `POST /:id/follow/confirm { phone, code }`: the texted code, typed back. */
const confirmCode: Endpoint = {
  path: '/:id/follow/confirm',
  method: 'post',
  handler: async (req) => {
    const { values } = await readBody(req)
    const t = strings(languageOf(values.language)).requests
    if (!(await codeTriesPerIp.take(req.payload, clientIp(req)))) return jsonError(429, t.tooMany)
    const doc = await loadRequest(req.payload, req.routeParams?.id, req)
    const phone = toE164(String(values.phone ?? ''))
    if (!doc) return jsonError(404, t.statusNotFound)
    if (!phone) return jsonError(400, 'Enter the mobile number the code was sent to.', 'phone')
    const follower = await findFollower(req, {
      and: [{ request: { equals: doc.id } }, { phone: { equals: phone } }],
    })
    if (follower?.confirmedAt) return Response.json({ reference: doc.reference, following: true })
    const checked = follower
      ? checkCode(values.code, follower, follower.id, currentSettings().payloadSecret)
      : ({ ok: false, reason: 'none', attemptsLeft: 0 } as const)
    if (!checked.ok) {
      if (follower && checked.reason === 'wrong')
        await req.payload.update({
          collection: SERVICE_REQUEST_FOLLOWERS,
          id: follower.id,
          data: { codeAttempts: (follower.codeAttempts ?? 0) + 1 },
          overrideAccess: true,
          req,
        })
      const message =
        checked.reason === 'wrong' && checked.attemptsLeft > 0
          ? t.codeWrong(checked.attemptsLeft)
          : t.codeGone
      return jsonError(400, message, 'code')
    }
    await confirm(req, follower!)
    return Response.json({ reference: doc.reference, following: true })
  },
}

/** The mailed link: a GET shows one button (mail scanners open links); its POST confirms. */
const confirmLink = async (req: PayloadRequest) => {
  const token = String(req.routeParams?.token ?? '')
  const follower = token ? await findFollower(req, { token: { equals: token } }) : null
  const request = follower ? await loadRequest(req.payload, follower.request, req) : null
  const language = follower?.language ?? languageOf(req.searchParams.get('lang'))
  const t = strings(language).requests
  if (!follower || !request || !follower.email)
    return messagePage(language, t.confirmFollowTitle, t.statusNotFound, 404)
  if (req.method === 'GET' && !follower.confirmedAt)
    return confirmFollowPage(language, confirmUrl(token), request.reference)
  if (!follower.confirmedAt) await confirm(req, follower)
  return messagePage(language, t.followingTitle, t.following(request.reference))
}

const unfollow = async (req: PayloadRequest) => {
  const token = String(req.routeParams?.token ?? '')
  const follower = token ? await findFollower(req, { token: { equals: token } }) : null
  const request = follower ? await loadRequest(req.payload, follower.request, req) : null
  const language = follower?.language ?? languageOf(req.searchParams.get('lang'))
  const t = strings(language).requests
  if (!follower || !request) return messagePage(language, t.stoppedTitle, t.statusNotFound, 404)
  // A GET shows the page (mail scanners follow links); only the button's POST, or a one-click POST,
  // stops.
  if (req.method === 'GET') return confirmStopPage(language, token, request.reference)
  await req.payload.update({
    collection: SERVICE_REQUEST_FOLLOWERS,
    id: follower.id,
    data: { stoppedAt: new Date().toISOString() },
    overrideAccess: true,
    req,
  })
  return messagePage(language, t.stoppedTitle, t.stopped(request.reference))
}

export const followEndpoints: Endpoint[] = [
  follow,
  meToo,
  confirmCode,
  { path: '/follow/confirm/:token', method: 'get', handler: confirmLink },
  { path: '/follow/confirm/:token', method: 'post', handler: confirmLink },
  { path: '/unfollow/:token', method: 'get', handler: unfollow },
  { path: '/unfollow/:token', method: 'post', handler: unfollow },
]
