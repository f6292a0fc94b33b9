import type { Payload } from 'payload'

import { paced, type ScheduledStep } from '../coordination'
import { signedId } from '../core/signedId'
import { SERVICE_REQUEST_FOLLOWERS, SERVICE_REQUESTS } from '../core/slugs'
import { inOneTransaction } from '../db'
import { currentSettings } from '../settings'
import { queueText } from '../sms'
import { strings, type Language } from '../../site/lib/i18n'
import { serviceById } from './catalogue'
import { STILL_FIXED_PURPOSE, stillFixedWindow } from './core/survey'
import { send, serviceName } from './tracking'

/**
 * Four weeks after a request closed as fixed, its reporter is asked once: "is it still fixed?" (by
 * email, else by text to the mobile number they gave). The asking and the message are one
 * transaction, and the outbox key names the request, so a crash or a second worker asks nobody
 * twice. A request whose reporter left no contact is marked asked, and not looked at again.
 */

const BATCH = 100
/** The pass looks every 10 minutes: the question is a day's matter, not a second's. */
const EVERY_MS = 10 * 60 * 1000

export const stillFixedUrl = (secret: string, id: number | string, language: Language) =>
  `${currentSettings().cmsUrl}/api/service-requests/still-fixed?t=${signedId(secret, STILL_FIXED_PURPOSE, id)}${language === 'fr' ? '&lang=fr' : ''}`

const reporterOf = async (payload: Payload, request: number | string) =>
  (
    await payload.find({
      collection: SERVICE_REQUEST_FOLLOWERS,
      where: {
        and: [
          { request: { equals: request } },
          { role: { equals: 'reporter' } },
          { stoppedAt: { exists: false } },
          { confirmedAt: { exists: true } },
        ],
      },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0] ?? null

/** Asks every reporter due; answers how many were asked. */
export const askStillFixed = async (payload: Payload, now = new Date()) => {
  const { from, to } = stillFixedWindow(now)
  const { docs } = await payload.find({
    collection: SERVICE_REQUESTS,
    where: {
      and: [
        { status: { equals: 'closed' } },
        { closingReason: { equals: 'resolved' } },
        { closedAt: { greater_than_equal: from.toISOString() } },
        { closedAt: { less_than_equal: to.toISOString() } },
        { stillFixedAskedAt: { exists: false } },
      ],
    },
    limit: BATCH,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const { cityName } = currentSettings()
  let asked = 0
  for (const doc of docs) {
    const reporter = await reporterOf(payload, doc.id)
    const language: Language = reporter?.language ?? doc.language ?? 'en'
    const w = strings(language).requestMail
    const service = await serviceById(payload, doc.service)
    const name = service ? serviceName(service, language) : doc.serviceCode
    const url = stillFixedUrl(payload.secret, doc.id, language)
    await inOneTransaction(payload, async (req) => {
      await payload.update({
        collection: SERVICE_REQUESTS,
        id: doc.id,
        data: { stillFixedAskedAt: now.toISOString() },
        overrideAccess: true,
        context: { requests311: true },
        req,
      })
      const key = `311:${doc.reference}:still-fixed`
      if (reporter?.email)
        await send(
          payload,
          reporter.email,
          {
            subject: w.stillFixedSubject(doc.reference),
            text: `${[w.hello, '', w.stillFixedAsk(doc.reference, name, doc.addressLabel ?? null), w.stillFixedLink(url), '', w.signature(cityName)].join('\n')}\n`,
          },
          key,
          { reference: doc.reference, part: 'still-fixed' },
          req,
        )
      else if (reporter?.phone)
        await queueText(
          payload,
          { to: reporter.phone, body: w.stillFixedShort(doc.reference, url) },
          { key: `${key}:sms`, req },
        )
    })
    if (reporter?.email || reporter?.phone) asked += 1
  }
  return asked
}

export const stillFixedScheduledStep: ScheduledStep = {
  name: '311 still fixed?',
  report: 'stillFixedAsked',
  fallback: null,
  run: paced(EVERY_MS, (payload, now) => askStillFixed(payload, now)),
}
