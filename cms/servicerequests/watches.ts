import type { Endpoint, PayloadRequest } from 'payload'

import { checkAddress, loadWards } from '../addresses'
import { databaseLimiter } from '../coordination'
import { relationTo } from '../core/relationId'
import { readSignedId, signedId } from '../core/signedId'
import { WATCHES } from '../core/slugs'
import { CONFIRM_TTL_MS } from '../email/core/tokens'
import { clientIp, jsonError, readBody } from '../http'
import type { Watch } from '../payload-types'
import { currentSettings } from '../settings'
import { strings, type Language } from '../../site/lib/i18n'
import {
  readWatchInput,
  WATCH_CONFIRM_PURPOSE,
  WATCH_STOP_PURPOSE,
  watchArea,
  watchConfirmation,
  type WatchInput,
} from './core/watch'
import { messagePage, oneButtonPage, problemsPage } from './pages'
import { send } from './tracking'

/**
 * Ward watch's ways in: `POST /api/watches` (JSON or the ward page's form), the mailed link that
 * starts it (a GET shows one button: mail scanners open links; its POST confirms), and the stop
 * link every digest carries (a GET shows one button; its POST, or a one-click POST, stops).
 */

const signUpsPerIp = databaseLimiter('311-watch-ip', { max: 20, windowMs: 60 * 60 * 1000 })
/** Confirmation emails to one address an hour: a stranger cannot turn 311 on someone's inbox. */
const proofsPerEmail = databaseLimiter('311-watch-proof', { max: 3, windowMs: 60 * 60 * 1000 })

const base = () => `${currentSettings().cmsUrl}/api/${WATCHES}`
export const watchConfirmUrl = (secret: string, id: number | string) =>
  `${base()}/confirm/${signedId(secret, WATCH_CONFIRM_PURPOSE, id)}`
export const watchStopUrl = (secret: string, id: number | string) =>
  `${base()}/stop/${signedId(secret, WATCH_STOP_PURPOSE, id)}`

export const areaOf = (watch: Watch, language: Language) =>
  watchArea(
    {
      ward: watch.wardNumber ?? null,
      addressLabel: watch.addressLabel ?? null,
      radius: watch.radius ?? null,
    },
    language,
  )

type Located =
  { ok: true; data: Partial<Watch> } | { ok: false; problem: { field: string; message: string } }

/** The place of a sign-up, from the register: a ward that exists, or an address it holds. */
const locate = async (req: PayloadRequest, input: WatchInput): Promise<Located> => {
  if ('ward' in input.place) {
    const number = input.place.ward
    const ward = (await loadWards(req.payload)).find((w) => w.number === number)
    return ward
      ? { ok: true, data: { ward: relationTo(ward.id), wardNumber: ward.number } }
      : { ok: false, problem: { field: 'ward', message: `The City has no ward ${number}.` } }
  }
  const checked = await checkAddress(req.payload, input.place.address)
  if (!checked.ok) return { ok: false, problem: { field: 'address', message: checked.message } }
  return {
    ok: true,
    data: {
      address: relationTo(checked.address.id),
      addressLabel: checked.address.label,
      lat: checked.address.lat,
      long: checked.address.long,
      radius: input.place.radius,
    },
  }
}

/** The same person watching the same place: one watch, its events and language updated. */
const sameWatch = async (req: PayloadRequest, email: string, data: Partial<Watch>) =>
  (
    await req.payload.find({
      collection: WATCHES,
      where: {
        and: [
          { email: { equals: email } },
          { stoppedAt: { exists: false } },
          data.wardNumber !== undefined
            ? { wardNumber: { equals: data.wardNumber } }
            : { address: { equals: data.address } },
          ...(data.radius !== undefined ? [{ radius: { equals: data.radius } }] : []),
        ],
      },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
  ).docs[0] ?? null

const signUp: Endpoint = {
  path: '/',
  method: 'post',
  handler: async (req) => {
    const { values, form } = await readBody(req, ['events'])
    const language: Language = values.language === 'fr' ? 'fr' : 'en'
    const w = strings(language).watch
    if (!(await signUpsPerIp.take(req.payload, clientIp(req))))
      return form
        ? messagePage(language, w.tooManyTitle, w.tooMany, 429)
        : jsonError(429, w.tooMany)
    const read = readWatchInput(values)
    if (!read.ok)
      return form
        ? problemsPage(language, read.problems)
        : Response.json({ errors: read.problems }, { status: 400 })
    const located = await locate(req, read.input)
    if (!located.ok)
      return form
        ? problemsPage(language, [located.problem])
        : Response.json({ errors: [located.problem] }, { status: 400 })
    const { email, events } = read.input
    const existing = await sameWatch(req, email, located.data)
    const watch = existing
      ? await req.payload.update({
          collection: WATCHES,
          id: existing.id,
          data: { events, language },
          overrideAccess: true,
          req,
        })
      : await req.payload.create({
          collection: WATCHES,
          data: { email, language, events, ...located.data },
          overrideAccess: true,
          req,
        })
    // A confirmed watch is not told again (nor is the sender told it existed: the same answer).
    if (!watch.confirmedAt && (await proofsPerEmail.take(req.payload, email))) {
      const message = watchConfirmation({
        language,
        area: areaOf(watch, language),
        confirmUrl: watchConfirmUrl(req.payload.secret, watch.id),
        cityName: currentSettings().cityName,
      })
      await send(
        req.payload,
        email,
        message,
        `watch:${watch.id}:confirm:${Date.now()}`,
        { reference: `watch-${watch.id}`, part: `confirm-${Date.now()}` },
        req,
      )
    }
    return form
      ? messagePage(language, w.checkTitle, w.check(email), 202)
      : Response.json({ watching: false, confirm: 'email' }, { status: 202 })
  },
}

const watchOf = async (req: PayloadRequest, purpose: string) => {
  const id = readSignedId(req.payload.secret, purpose, req.routeParams?.token)
  if (!id) return null
  try {
    return await req.payload.findByID({
      collection: WATCHES,
      id,
      depth: 0,
      overrideAccess: true,
      req,
    })
  } catch {
    return null
  }
}

const languageAsked = (req: PayloadRequest): Language =>
  req.searchParams.get('lang') === 'fr' ? 'fr' : 'en'

const confirm = async (req: PayloadRequest) => {
  const watch = await watchOf(req, WATCH_CONFIRM_PURPOSE)
  const language = watch?.language ?? languageAsked(req)
  const w = strings(language).watch
  const expired =
    watch && !watch.confirmedAt && Date.now() - Date.parse(watch.createdAt) > CONFIRM_TTL_MS
  if (!watch || watch.stoppedAt || expired)
    return messagePage(language, w.confirmTitle, w.notFound, 404)
  const area = areaOf(watch, language)
  if (req.method === 'GET' && !watch.confirmedAt)
    return oneButtonPage(
      language,
      w.confirmTitle,
      watchConfirmUrl(req.payload.secret, watch.id),
      w.confirmLead(area),
      w.confirmButton,
    )
  if (!watch.confirmedAt)
    await req.payload.update({
      collection: WATCHES,
      id: watch.id,
      data: { confirmedAt: new Date().toISOString() },
      overrideAccess: true,
      req,
    })
  return messagePage(language, w.startedTitle, w.started(area))
}

const stop = async (req: PayloadRequest) => {
  const watch = await watchOf(req, WATCH_STOP_PURPOSE)
  const language = watch?.language ?? languageAsked(req)
  const w = strings(language).watch
  if (!watch) return messagePage(language, w.stopTitle, w.notFound, 404)
  const area = areaOf(watch, language)
  if (req.method === 'GET' && !watch.stoppedAt)
    return oneButtonPage(
      language,
      w.stopTitle,
      watchStopUrl(req.payload.secret, watch.id),
      w.stopLead(area),
      w.stopButton,
    )
  if (!watch.stoppedAt)
    await req.payload.update({
      collection: WATCHES,
      id: watch.id,
      data: { stoppedAt: new Date().toISOString() },
      overrideAccess: true,
      req,
    })
  return messagePage(language, w.stoppedTitle, w.stopped(area))
}

export const watchEndpoints: Endpoint[] = [
  signUp,
  { path: '/confirm/:token', method: 'get', handler: confirm },
  { path: '/confirm/:token', method: 'post', handler: confirm },
  { path: '/stop/:token', method: 'get', handler: stop },
  { path: '/stop/:token', method: 'post', handler: stop },
]
