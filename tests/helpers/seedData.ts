import type { Payload } from 'payload'
import { expect } from 'vitest'

import {
  ADDRESSES,
  type ContentSlug,
  EMERGENCY_BULLETINS,
  MEDIA_RELEASES,
  PUSH_SUBSCRIPTIONS,
  SMS_SUBSCRIBERS,
  SUBSCRIBERS,
  WARDS,
} from '../../cms/core/slugs'
import { validContent } from './fixtures'
import type { Harness } from './harness'
import { outbox } from './outbox'
import { type Language } from '../../site/lib/i18n'

/**
 * `count` confirmed subscribers `{prefix}{i}@example.com` (i from `first`), written straight to the
 * database, in English unless `language` says otherwise for the i-th.
 */
export const addConfirmedSubscribers = async (
  payload: Payload,
  count: number,
  prefix: string,
  topics: ('news' | 'emergency' | 'publications' | 'sponsorship')[],
  options: { first?: number; language?: (i: number) => Language } = {},
) => {
  const first = options.first ?? 0
  for (let i = first; i < first + count; i += 1) {
    await payload.db.create({
      collection: SUBSCRIBERS,
      data: {
        email: `${prefix}${i}@example.com`,
        status: 'confirmed',
        topics,
        language: options.language?.(i) ?? 'en',
        tokenVersion: 1,
        bounceCount: 0,
      },
    })
  }
}

/** A live item made without the workflow (as the seed does), for tests about what follows publishing. */
export const publishedDirectly = (payload: Payload, collection: ContentSlug, title: string) =>
  payload.create({
    collection,
    data: {
      ...validContent(collection, title),
      _status: 'published',
      workflowState: 'published',
      publishedAt: new Date().toISOString(),
    } as never, // validContent builds any content type's fields; Payload checks them on create
    overrideAccess: true,
    context: { seed: true },
  })

/**
 * An emergency bulletin written and urgent-published by the emergency officer through the REST
 * API (the press that skips review); answers its id.
 */
export const urgentPublishBulletin = async (harness: Harness, title: string) => {
  const created = await harness.rest('POST', `/${EMERGENCY_BULLETINS}`, {
    as: 'emergency@city.example',
    body: validContent(EMERGENCY_BULLETINS, title),
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const id = created.body.doc.id as number
  const urgent = await harness.rest('POST', `/${EMERGENCY_BULLETINS}/${id}/workflow`, {
    as: 'emergency@city.example',
    body: { action: 'urgent-publish', comment: 'Now.' },
  })
  expect(urgent.status, JSON.stringify(urgent.body)).toBe(200)
  return id
}

/** A media release written by the writer and published by the manager through the workflow's REST calls. */
export const publishReleaseThroughWorkflow = async (
  harness: Harness,
  title: string,
  extra: Record<string, unknown> = {},
) => {
  const created = await harness.rest('POST', `/${MEDIA_RELEASES}`, {
    as: 'writer@city.example',
    body: { ...validContent(MEDIA_RELEASES, title), ...extra },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const id = created.body.doc.id as number
  for (const [as, action] of [
    ['writer@city.example', 'submit'],
    ['manager@city.example', 'approve'],
    ['manager@city.example', 'publish'],
  ]) {
    const step = await harness.rest('POST', `/${MEDIA_RELEASES}/${id}/workflow`, {
      as,
      body: { action },
    })
    expect(step.status, `${action}: ${JSON.stringify(step.body)}`).toBe(200)
  }
  return id
}

/**
 * A browser's push subscription and a mobile number, both confirmed to `topics`, written straight to
 * the database (the crash test and the benchmark make thousands).
 */
export const addChannelSubscribers = async (
  payload: Payload,
  browser: { endpoint: string; keys: { p256dh: string; auth: string } },
  phone: string,
  topics: ('news' | 'emergency' | 'publications' | 'sponsorship')[],
  language: Language,
) => {
  await payload.db.create({
    collection: PUSH_SUBSCRIPTIONS,
    data: {
      endpoint: browser.endpoint,
      service: new URL(browser.endpoint).hostname,
      p256dh: browser.keys.p256dh,
      auth: browser.keys.auth,
      topics,
      language,
    },
  })
  await payload.db.create({
    collection: SMS_SUBSCRIBERS,
    data: { phone, status: 'confirmed', topics, language },
  })
}

/** A register address in a ward (its label as a resident would type it, and its place). */
export const registerAddressIn = async (payload: Payload, ward: number) => {
  const { docs } = await payload.find({
    collection: WARDS,
    where: { number: { equals: ward } },
    overrideAccess: true,
  })
  const found = await payload.find({
    collection: ADDRESSES,
    where: { ward: { equals: docs[0]!.id } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return found.docs[0]!
}

let signUps = 0

/**
 * An email subscriber signed up through `POST /api/subscriptions` (each from its own address, under
 * the per-IP limit) and confirmed through the link in the confirmation email the outbox wrote.
 */
export const signUpByEmail = async (
  harness: Harness,
  email: string,
  body: Record<string, unknown>,
) => {
  const answer = await harness.rest('POST', '/subscriptions', {
    body: { email, ...body },
    headers: { 'x-forwarded-for': `203.0.113.${(signUps = (signUps % 250) + 1)}` },
  })
  expect(answer.status, JSON.stringify(answer.body)).toBe(202)
  const confirmation = (await outbox(harness.payload)).find((m) => m.to === email)
  const link = /\/api(\/subscriptions\/confirm\?token=[\w%-]+)/.exec(
    confirmation!.text.replace(/=\r?\n/g, '').replace(/=3D/g, '='),
  )![1]!
  expect((await harness.rest('GET', link)).status).toBe(200)
}
