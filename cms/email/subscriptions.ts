import type { Payload } from 'payload'

import { SUBSCRIBERS } from '../core/slugs'
import type { Settings } from '../settings'
import { normaliseEmail, splitMailbox } from '../core/text/emailAddress'
import { queueMessage } from './queue'
import { confirmationEmail, consentSentence } from './core/templates'
import {
  parseTopics,
  SUBSCRIPTION_TOPICS,
  type SubscriptionTopic,
  topicLabel,
} from '../../site/lib/subscriptionTopics'
import { type Frequency, readFrequency } from './core/digest'
import { CONFIRM_TTL_MS, hashToken, newConfirmToken, readSubscriberToken } from './core/tokens'
import { type Language } from '../../site/lib/i18n'
import {
  erasedPlace,
  placeData,
  type PlaceSuggestion,
  requestedPlace,
  resolvePlace,
  type SubscriberPlace,
} from '../addresses'
import { placeConsent, type PlaceField, type PlaceInput } from '../addresses/core/placeChoice'

type Subscriber = {
  id: number | string
  email: string
  status: string
  topics?: string[]
  language?: Language
  requestedTopics?: string[]
  requestedLanguage?: Language
  area?: SubscriberPlace['area'] | null
  wards?: number[] | null
  address?: number | string | { id: number | string } | null
  requestedArea?: SubscriberPlace['area'] | null
  requestedFrequency?: Frequency | null
  frequency?: Frequency | null
  requestedWards?: number[] | null
  requestedAddress?: number | string | { id: number | string } | null
  confirmExpiresAt?: string
  tokenVersion?: number
}

type SignUp = {
  email: unknown
  topics: unknown
  language: unknown
  /** How often non-emergency items come: immediate (the default), daily or weekly. */
  frequency?: unknown
  sourcePage: string
  ip: string
} & PlaceInput
type SignUpResult =
  | { ok: true; email: string }
  | {
      ok: false
      field: 'email' | 'topics' | 'language' | 'frequency' | PlaceField
      message: string
      suggestions?: PlaceSuggestion[]
    }

const sender = (settings: Settings) => ({
  cityName: splitMailbox(settings.mailFrom).name || 'City Communications',
  postalAddress: settings.mailPostalAddress,
})

/** The words a person agrees to, stored with the consent (CASL: what, when, where, how). */
const consentText = (
  settings: Settings,
  topics: SubscriptionTopic[],
  language: Language,
  place: SubscriberPlace,
) =>
  `${topics.map((t) => topicLabel(t, language)).join(', ')}. ${placeConsent(language, place)} ${consentSentence(language, sender(settings).cityName)}`

/** A frequency as a form or JSON gives it, or readFrequency's sentence saying why not. */
export const frequencyOf = (
  value: unknown,
): { ok: true; value: Frequency } | { ok: false; message: string } => {
  try {
    return { ok: true, value: readFrequency(value) }
  } catch (error) {
    return { ok: false, message: (error as Error).message }
  }
}

/**
 * Step one of double opt-in: record what was asked for and email a confirmation link. Known and
 * unknown addresses get the same answer, so the endpoint reveals nobody.
 */
export const signUp = async (
  payload: Payload,
  settings: Settings,
  request: SignUp,
  now = new Date(),
): Promise<SignUpResult> => {
  const email = normaliseEmail(request.email)
  if (!email)
    return { ok: false, field: 'email', message: 'Enter an email address like name@example.com.' }
  const topics = parseTopics(request.topics)
  if (!topics)
    return {
      ok: false,
      field: 'topics',
      message: `Choose at least one topic: ${SUBSCRIPTION_TOPICS.join(', ')}.`,
    }
  const language: Language | null =
    request.language === 'fr'
      ? 'fr'
      : request.language === undefined || request.language === '' || request.language === 'en'
        ? 'en'
        : null
  if (!language) return { ok: false, field: 'language', message: 'Language must be en or fr.' }
  const asked = frequencyOf(request.frequency)
  if (!asked.ok) return { ok: false, field: 'frequency', message: asked.message }
  const frequency = asked.value
  const place = await resolvePlace(payload, request)
  if (!place.ok) return place
  const token = newConfirmToken()
  const pending = {
    requestedTopics: topics,
    requestedLanguage: language,
    requestedFrequency: frequency,
    ...placeData(place.value, true),
    confirmTokenHash: hashToken(token),
    confirmExpiresAt: new Date(now.getTime() + CONFIRM_TTL_MS).toISOString(),
    requestedAt: now.toISOString(),
    consent: {
      sourcePage: request.sourcePage.slice(0, 500),
      ip: request.ip.slice(0, 100),
      method: 'double opt-in: web form, then email link',
    },
  }
  const existing = (await payload.db.findOne({
    collection: SUBSCRIBERS,
    where: { email: { equals: email } },
  })) as Subscriber | null
  if (existing)
    await payload.update({
      collection: SUBSCRIBERS,
      id: existing.id,
      data: pending,
      overrideAccess: true,
      depth: 0,
    })
  else
    await payload.create({
      collection: SUBSCRIBERS,
      data: {
        email,
        status: 'pending',
        language,
        topics: [],
        tokenVersion: 1,
        bounceCount: 0,
        ...pending,
      },
      overrideAccess: true,
      depth: 0,
    })
  const mail = confirmationEmail({
    language,
    // The language rides along so even an expired or used link answers in the subscriber's
    // language.
    confirmUrl: `${settings.cmsUrl}/api/subscriptions/confirm?token=${encodeURIComponent(token)}${language === 'fr' ? '&lang=fr' : ''}`,
    topics,
    sender: sender(settings),
  })
  // Queued, not sent: the answer must not wait on the mail server (it may be down; the outbox
  // waits).
  await queueMessage(payload, {
    from: settings.mailFrom,
    to: [email],
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    headers: { 'Auto-Submitted': 'auto-generated' },
  })
  return { ok: true, email }
}

/** Step two: the link in the email. Applies what was asked for and records the consent. */
export const confirm = async (
  payload: Payload,
  settings: Settings,
  token: unknown,
  now = new Date(),
): Promise<'confirmed' | 'expired' | 'invalid'> => {
  if (typeof token !== 'string' || token.length < 20) return 'invalid'
  const subscriber = (await payload.db.findOne({
    collection: SUBSCRIBERS,
    where: { confirmTokenHash: { equals: hashToken(token) } },
  })) as Subscriber | null
  if (!subscriber) return 'invalid'
  if (
    !subscriber.confirmExpiresAt ||
    new Date(subscriber.confirmExpiresAt).getTime() < now.getTime()
  )
    return 'expired'
  const topics = (subscriber.requestedTopics ?? []) as SubscriptionTopic[]
  const language = subscriber.requestedLanguage ?? 'en'
  const place = requestedPlace(subscriber)
  const requested = frequencyOf(subscriber.requestedFrequency)
  const frequency = requested.ok ? requested.value : 'immediate'
  await payload.update({
    collection: SUBSCRIBERS,
    id: subscriber.id,
    overrideAccess: true,
    depth: 0,
    data: {
      status: 'confirmed',
      topics,
      language,
      ...placeData(place),
      frequency,
      confirmedAt: now.toISOString(),
      confirmTokenHash: null,
      confirmExpiresAt: null,
      bounceCount: 0,
      consent: {
        ...((subscriber as { consent?: object }).consent ?? {}),
        text: consentText(settings, topics, language, place),
        agreedAt: now.toISOString(),
      },
    },
  })
  return 'confirmed'
}

/** The subscriber a link's token names, if the token is genuine and current. */
export const subscriberByToken = async (
  payload: Payload,
  token: unknown,
): Promise<Subscriber | null> => {
  const parsed = readSubscriberToken(payload.secret, token)
  if (!parsed) return null
  const subscriber = (await payload.db.findOne({
    collection: SUBSCRIBERS,
    where: { id: { equals: parsed.id } },
  })) as Subscriber | null
  return subscriber && (subscriber.tokenVersion ?? 1) === parsed.version ? subscriber : null
}

export const unsubscribe = async (
  payload: Payload,
  token: unknown,
  now = new Date(),
): Promise<boolean> => {
  const subscriber = await subscriberByToken(payload, token)
  if (!subscriber) return false
  if (subscriber.status !== 'unsubscribed')
    await payload.update({
      collection: SUBSCRIBERS,
      id: subscriber.id,
      data: { status: 'unsubscribed', unsubscribedAt: now.toISOString(), ...erasedPlace() },
      overrideAccess: true,
      depth: 0,
    })
  return true
}

/** Saves topics and language from the manage page; choosing no topic unsubscribes. */
export const savePreferences = async (
  payload: Payload,
  token: unknown,
  topics: SubscriptionTopic[] | null,
  language: Language,
  place?: SubscriberPlace,
  frequency?: Frequency,
): Promise<'saved' | 'unsubscribed' | 'invalid'> => {
  const subscriber = await subscriberByToken(payload, token)
  if (!subscriber) return 'invalid'
  if (!topics) return (await unsubscribe(payload, token)) ? 'unsubscribed' : 'invalid'
  await payload.update({
    collection: SUBSCRIBERS,
    id: subscriber.id,
    data: {
      topics,
      language,
      ...(place ? placeData(place) : {}),
      ...(frequency ? { frequency } : {}),
      ...(subscriber.status === 'unsubscribed' ? { status: 'confirmed' as const } : {}),
    },
    overrideAccess: true,
    depth: 0,
  })
  return 'saved'
}
