import type { Payload } from 'payload'

import { PUSH_SUBSCRIPTIONS } from '../core/slugs'
import type { Settings } from '../settings'
import { strings, type Language } from '../../site/lib/i18n'
import { SUBSCRIPTION_TOPICS, topicLabel, parseTopics } from '../../site/lib/subscriptionTopics'
import { checkSubscription } from './core/subscription'
import { type PlaceAnswer, placeData, type PlaceSuggestion, resolvePlace } from '../addresses'
import { placeConsent, type PlaceInput } from '../addresses/core/placeChoice'

type Result =
  | { ok: true; id: number | string; created: boolean }
  | { ok: false; field: string; message: string; suggestions?: PlaceSuggestion[] }

const rowByEndpoint = async (payload: Payload, endpoint: string) =>
  (await payload.db.findOne({
    collection: PUSH_SUBSCRIPTIONS,
    where: { endpoint: { equals: endpoint } },
  })) as { id: number | string } | null

/**
 * Stores a browser's push subscription with its topics and language, or updates the one it already
 * has (a browser keeps one endpoint per site). The browser asked the person for permission after
 * they pressed the button: that is the consent, recorded with the words shown and where it came
 * from.
 */
export const subscribePush = async (
  payload: Payload,
  settings: Settings,
  request: {
    subscription: unknown
    topics: unknown
    language: unknown
    sourcePage: string
    ip: string
    /**
     * Only to follow a 311 request: no alert topics; a browser already subscribed keeps its own.
     */
    followOnly?: boolean
  } & PlaceInput,
  now = new Date(),
): Promise<Result> => {
  const checked = checkSubscription(request.subscription, settings.push.serviceRules)
  if (!checked.ok) return checked
  if (request.followOnly) {
    const known = await rowByEndpoint(payload, checked.value.endpoint)
    if (known) return { ok: true, id: known.id, created: false }
  }
  const topics = request.followOnly ? [] : parseTopics(request.topics ?? 'emergency')
  if (!topics)
    return {
      ok: false,
      field: 'topics',
      message: `Choose at least one topic: ${SUBSCRIPTION_TOPICS.join(', ')}.`,
    }
  const language: Language = request.language === 'fr' ? 'fr' : 'en'
  const place: PlaceAnswer = request.followOnly
    ? { ok: true, value: { area: 'everywhere', wards: [], address: null } }
    : await resolvePlace(payload, request)
  if (!place.ok) return place
  const data = {
    ...checked.value,
    service: new URL(checked.value.endpoint).hostname,
    topics,
    language,
    ...placeData(place.value),
    consent: {
      text: request.followOnly
        ? strings(language).requests.pushFollowConsent
        : `${topics.map((t) => topicLabel(t, language)).join(', ')}. ${placeConsent(language, place.value)} ${strings(language).subscribe.pushConsent(settings.cityName)}`,
      agreedAt: now.toISOString(),
      sourcePage: request.sourcePage.slice(0, 500),
      ip: request.ip.slice(0, 100),
      method: "the site's button, then the browser's own permission prompt",
    },
  }
  const existing = await rowByEndpoint(payload, checked.value.endpoint)
  if (existing) {
    await payload.update({
      collection: PUSH_SUBSCRIPTIONS,
      id: existing.id,
      data,
      overrideAccess: true,
      depth: 0,
    })
    return { ok: true, id: existing.id, created: false }
  }
  const created = await payload.create({
    collection: PUSH_SUBSCRIPTIONS,
    data,
    overrideAccess: true,
    depth: 0,
  })
  return { ok: true, id: created.id, created: true }
}

/** Knowing the endpoint is the proof: only the browser (and its push service) has it. */
export const unsubscribePush = async (payload: Payload, endpoint: unknown): Promise<boolean> => {
  if (typeof endpoint !== 'string' || endpoint.length > 1000) return false
  const existing = await rowByEndpoint(payload, endpoint)
  if (!existing) return false
  await payload.db.deleteOne({
    collection: PUSH_SUBSCRIPTIONS,
    where: { id: { equals: existing.id } },
  })
  return true
}
