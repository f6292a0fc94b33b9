import type { Payload } from 'payload'

import type { Actor } from '../access/core/roles'
import { relationTo } from '../core/relationId'
import {
  CORRESPONDENCE,
  CORRESPONDENCE_MESSAGES,
  SERVICE_REQUEST_FOLLOWERS,
  SERVICE_REQUESTS,
  SPONSOR_INQUIRIES,
  WATCHES,
} from '../core/slugs'
import { normaliseEmail } from '../core/text/emailAddress'
import { audit } from './audit'
import { subscriptionRecords } from './subscriptionRecords'
import { anonymisedCase, anonymisedMessage, retentionCutoff } from './core/retention'

/**
 * Everything the desk holds about one person, for an access request under MFIPPA: their cases with
 * every message, their sponsor inquiries, the 311 requests they reported or follow and their ward
 * watches, and their alert subscriptions (by email, and by text with `phone`). The gathering itself
 * is audited on each case.
 */
export const personalRecords = async (
  payload: Payload,
  rawEmail: string,
  actor: Actor,
  phone: string | null = null,
) => {
  const email = normaliseEmail(rawEmail)
  if (!email) return null
  const cases = (
    await payload.find({
      collection: CORRESPONDENCE,
      where: { email: { equals: email } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      sort: 'receivedAt',
    })
  ).docs
  const messages = cases.length
    ? (
        await payload.find({
          collection: CORRESPONDENCE_MESSAGES,
          where: { case: { in: cases.map((c) => c.id) } },
          pagination: false,
          depth: 0,
          overrideAccess: true,
          sort: 'at',
        })
      ).docs
    : []
  const inquiries = (
    await payload.find({
      collection: SPONSOR_INQUIRIES,
      where: { email: { equals: email } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
  ).docs
  // 311: the requests they reported, those they follow, and their ward watches.
  const byEmail = { where: { email: { equals: email } }, pagination: false, depth: 0 } as const
  const requests311 = (
    await payload.find({ collection: SERVICE_REQUESTS, ...byEmail, overrideAccess: true })
  ).docs
  const following311 = (
    await payload.find({ collection: SERVICE_REQUEST_FOLLOWERS, ...byEmail, overrideAccess: true })
  ).docs.map(({ token: _token, ...follower }) => follower)
  const wardWatches = (
    await payload.find({ collection: WATCHES, ...byEmail, overrideAccess: true })
  ).docs
  for (const c of cases)
    await audit(payload, { case: c.id, action: 'exported for an access request', actor })
  return {
    email,
    gatheredAt: new Date().toISOString(),
    correspondence: cases.map((c) => ({
      ...c,
      messages: messages.filter((m) => String(m.case) === String(c.id)),
    })),
    sponsorInquiries: inquiries,
    requests311,
    following311,
    wardWatches,
    subscriptions: await subscriptionRecords(payload, actor, { email, phone }),
  }
}

/**
 * Closed cases past the retention period keep their figures (dates, channel, department, outcome)
 * and lose who wrote and what was said: contact details, subjects, message bodies and attachments.
 */
export const anonymiseExpired = async (payload: Payload, years: number, now = new Date()) => {
  const cutoff = retentionCutoff(now, years)
  const { docs } = await payload.find({
    collection: CORRESPONDENCE,
    where: {
      and: [
        { state: { equals: 'closed' } },
        { closedAt: { less_than: cutoff.toISOString() } },
        { anonymisedAt: { exists: false } },
      ],
    },
    limit: 200,
    depth: 0,
    overrideAccess: true,
  })
  for (const doc of docs) {
    const messages = await payload.find({
      collection: CORRESPONDENCE_MESSAGES,
      where: { case: { equals: doc.id } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    for (const message of messages.docs) {
      for (const file of (message.attachments ?? []) as unknown[])
        await payload
          .delete({
            collection: 'correspondence-files',
            id: relationTo(file as number),
            overrideAccess: true,
          })
          .catch(() => undefined)
      await payload.update({
        collection: CORRESPONDENCE_MESSAGES,
        id: message.id,
        data: { ...anonymisedMessage, subject: null, attachments: [] },
        overrideAccess: true,
        depth: 0,
      })
    }
    await payload.update({
      collection: CORRESPONDENCE,
      id: doc.id,
      data: { ...anonymisedCase, notes: null, anonymisedAt: now.toISOString() },
      overrideAccess: true,
      depth: 0,
      context: { desk: true },
    })
    await audit(payload, {
      case: doc.id,
      action: 'anonymised',
      details: `closed before ${cutoff.toISOString()}`,
    })
  }
  return docs.length
}
