import { createHmac, randomInt } from 'node:crypto'

import type { Payload } from 'payload'

import { sameSecret } from '../core/replySecret'
import { databaseLimiter } from '../coordination'
import { SMS_SUBSCRIBERS } from '../core/slugs'
import type { Settings } from '../settings'
import { queueText } from './queue'
import { SECTION_BASE, strings, type Language } from '../../site/lib/i18n'
import {
  SUBSCRIPTION_TOPICS,
  type SubscriptionTopic,
  topicLabel,
  parseTopics,
} from '../../site/lib/subscriptionTopics'
import { commandOf } from './core/keywords'
import { smsWords } from './core/texts'
import { toE164 } from '../core/text/phone'
import {
  erasedPlace,
  placeData,
  type PlaceSuggestion,
  requestedPlace,
  resolvePlace,
  type SubscriberPlace,
} from '../addresses'
import { placeConsent, type PlaceField, type PlaceInput } from '../addresses/core/placeChoice'

/** Answers to HELP and to other texts: 3 a number an hour (two auto-responders must not loop). */
const REPLIES = databaseLimiter('sms-reply', { max: 3, windowMs: 60 * 60 * 1000 })

/** A code works for 15 minutes and five tries; then the person asks for a new one. */
export const CODE_TTL_MINUTES = 15
export const MAX_CODE_ATTEMPTS = 5

export type SmsSubscriber = {
  id: number | string
  phone: string
  status: 'pending' | 'confirmed' | 'unsubscribed'
  topics?: string[] | null
  language?: Language | null
  requestedTopics?: string[] | null
  requestedLanguage?: Language | null
  requestedArea?: string | null
  requestedWards?: unknown
  requestedAddress?: unknown
  codeHash?: string | null
  codeExpiresAt?: string | null
  codeAttempts?: number | null
  unsubscribedBy?: string | null
  consent?: Record<string, unknown> | null
}

type SignUpResult =
  | { ok: true; phone: string }
  | {
      ok: false
      field: 'phone' | 'topics' | 'language' | PlaceField
      message: string
      suggestions?: PlaceSuggestion[]
    }

/** Only a keyed hash of the code is stored: a database leak gives nobody a working code. */
const codeHash = (secret: string, phone: string, code: string) =>
  createHmac('sha256', secret).update(`sms-code:${phone}:${code}`).digest('hex')

export const subscriberByPhone = async (payload: Payload, phone: string) =>
  (await payload.db.findOne({
    collection: SMS_SUBSCRIBERS,
    where: { phone: { equals: phone } },
  })) as SmsSubscriber | null

const update = (payload: Payload, id: number | string, data: Record<string, unknown>) =>
  payload.update({ collection: SMS_SUBSCRIBERS, id, data, overrideAccess: true, depth: 0 })

const text = (payload: Payload, to: string, body: string, evenIfStopped = false) =>
  queueText(payload, { to, body, evenIfStopped })

const subscribePage = (settings: Settings, language: Language) =>
  `${settings.siteUrl}${SECTION_BASE[language].subscribe}`

/** The words a person agrees to, kept with the consent (CASL: what, when, where, how). */
const consentText = (
  settings: Settings,
  topics: SubscriptionTopic[],
  language: Language,
  place: SubscriberPlace,
) =>
  `${topics.map((t) => topicLabel(t, language)).join(', ')}. ${placeConsent(language, place)} ${strings(language).subscribe.smsConsent(settings.cityName)}`

/**
 * Step one: record what was asked for and text a six-digit code to the number. A number that
 * replied STOP is not texted again from a web form (its owner texts START first): the stop is the
 * person's own word, and a form anyone can fill must not undo it.
 */
export const signUpSms = async (
  payload: Payload,
  settings: Settings,
  request: {
    phone: unknown
    topics: unknown
    language: unknown
    sourcePage: string
    ip: string
  } & PlaceInput,
  now = new Date(),
): Promise<SignUpResult> => {
  const language: Language | null =
    request.language === 'fr'
      ? 'fr'
      : [undefined, '', 'en'].includes(request.language as string)
        ? 'en'
        : null
  if (!language) return { ok: false, field: 'language', message: 'Language must be en or fr.' }
  const phone = toE164(String(request.phone ?? ''))
  if (!phone)
    return {
      ok: false,
      field: 'phone',
      message: strings(language).subscribe.phoneInvalid,
    }
  const topics = parseTopics(request.topics ?? 'emergency')
  if (!topics)
    return {
      ok: false,
      field: 'topics',
      message: `Choose at least one topic: ${SUBSCRIPTION_TOPICS.join(', ')}.`,
    }
  const place = await resolvePlace(payload, request)
  if (!place.ok) return place
  const existing = await subscriberByPhone(payload, phone)
  if (existing?.status === 'unsubscribed' && existing.unsubscribedBy?.startsWith('STOP'))
    return {
      ok: false,
      field: 'phone',
      message: strings(language).subscribe.phoneStopped(settings.sms.from),
    }
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
  const pending = {
    requestedTopics: topics,
    requestedLanguage: language,
    ...placeData(place.value, true),
    codeHash: codeHash(payload.secret, phone, code),
    codeExpiresAt: new Date(now.getTime() + CODE_TTL_MINUTES * 60_000).toISOString(),
    codeAttempts: 0,
    requestedAt: now.toISOString(),
    // Where the consent comes from is kept now; what was agreed to, when the code comes back.
    consent: {
      ...(existing?.consent ?? {}),
      sourcePage: request.sourcePage.slice(0, 500),
      ip: request.ip.slice(0, 100),
      method: 'web form, then a code sent by text message and entered on the site',
    },
  }
  if (existing) await update(payload, existing.id, pending)
  else
    await payload.create({
      collection: SMS_SUBSCRIBERS,
      data: { phone, status: 'pending', language, topics: [], ...pending },
      overrideAccess: true,
      depth: 0,
    })
  await text(payload, phone, smsWords(language).code(settings.cityName, code, CODE_TTL_MINUTES))
  return { ok: true, phone }
}

export type ConfirmOutcome = 'confirmed' | 'wrong' | 'expired' | 'locked' | 'unknown'

/** Step two: the code from the text. Applies what was asked for and records the consent. */
export const confirmSms = async (
  payload: Payload,
  settings: Settings,
  input: { phone: unknown; code: unknown },
  now = new Date(),
): Promise<ConfirmOutcome> => {
  const phone = toE164(String(input.phone ?? ''))
  const code = String(input.code ?? '').replace(/\s/g, '')
  const subscriber = phone ? await subscriberByPhone(payload, phone) : null
  if (!phone || !subscriber?.codeHash) return 'unknown'
  if ((subscriber.codeAttempts ?? 0) >= MAX_CODE_ATTEMPTS) return 'locked'
  if (!subscriber.codeExpiresAt || new Date(subscriber.codeExpiresAt) < now) return 'expired'
  if (
    !/^\d{6}$/.test(code) ||
    !sameSecret(codeHash(payload.secret, phone, code), subscriber.codeHash)
  ) {
    await update(payload, subscriber.id, { codeAttempts: (subscriber.codeAttempts ?? 0) + 1 })
    return (subscriber.codeAttempts ?? 0) + 1 >= MAX_CODE_ATTEMPTS ? 'locked' : 'wrong'
  }
  const topics = (subscriber.requestedTopics ?? ['emergency']) as SubscriptionTopic[]
  const language = subscriber.requestedLanguage ?? 'en'
  const place = requestedPlace(subscriber)
  await update(payload, subscriber.id, {
    status: 'confirmed',
    topics,
    language,
    ...placeData(place),
    confirmedAt: now.toISOString(),
    unsubscribedAt: null,
    unsubscribedBy: null,
    codeHash: null,
    codeExpiresAt: null,
    codeAttempts: 0,
    consent: {
      ...(subscriber.consent ?? {}),
      text: consentText(settings, topics, language, place),
      agreedAt: now.toISOString(),
    },
  })
  await text(payload, phone, smsWords(language).welcome(settings.cityName))
  return 'confirmed'
}

/**
 * A text to the City's number (the gateway's webhook). STOP (and ARRET…) unsubscribes at once and
 * is confirmed, whatever the number's status: every number that says STOP is kept as
 * "unsubscribed", so no alert and no 311 update reaches it. START resubscribes a number that had
 * consented before; HELP answers what the program is; anything else is told nobody reads replies.
 * Answers through the outbox.
 */
export const receiveSms = async (
  payload: Payload,
  settings: Settings,
  message: { from: string; body: string },
  now = new Date(),
): Promise<{ command: ReturnType<typeof commandOf>; phone: string | null }> => {
  const phone = toE164(message.from)
  const command = commandOf(message.body)
  if (!phone) return { command, phone }
  const subscriber = await subscriberByPhone(payload, phone)
  const french = /^\s*(arr[eê]t|aide|d[ée]but|oui|d[ée]sabonner)/i.test(message.body)
  const language: Language = french ? 'fr' : (subscriber?.language ?? 'en')
  const w = smsWords(language)
  const city = settings.cityName
  switch (command) {
    case 'stop': {
      const stopped = {
        status: 'unsubscribed' as const,
        unsubscribedAt: now.toISOString(),
        unsubscribedBy: `STOP reply ("${message.body.trim().slice(0, 40)}")`,
        codeHash: null,
        ...erasedPlace(),
      }
      if (subscriber) await update(payload, subscriber.id, stopped)
      else
        await payload.create({
          collection: SMS_SUBSCRIBERS,
          data: { phone, language, topics: [], ...stopped },
          overrideAccess: true,
          depth: 0,
        })
      await text(payload, phone, w.stopped(city), true)
      break
    }
    case 'start': {
      if (subscriber && (subscriber.topics ?? []).length > 0) {
        await update(payload, subscriber.id, {
          status: 'confirmed',
          unsubscribedAt: null,
          unsubscribedBy: null,
          consent: {
            ...(subscriber.consent ?? {}),
            agreedAt: now.toISOString(),
            method: 'START reply by text message (resubscribed)',
          },
        })
        await text(payload, phone, w.restarted(city), true)
      } else
        await text(payload, phone, w.notSubscribed(city, subscribePage(settings, language)), true)
      break
    }
    case 'help':
      if (await REPLIES.take(payload, phone))
        await text(payload, phone, w.help(city, subscribePage(settings, language)), true)
      break
    case 'other':
      // Not to a number that said STOP, and a few an hour at most: an auto-responder must not loop.
      if (await REPLIES.take(payload, phone)) await text(payload, phone, w.noReader(city))
  }
  return { command, phone }
}
