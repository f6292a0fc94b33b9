import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { demoAddresses } from '../cms/addresses/core/demoCity'
import {
  CORRESPONDENCE,
  CORRESPONDENCE_MESSAGES,
  DEPARTMENTS,
  SERVICE_REQUESTS,
} from '../cms/core/slugs'
import { findByReference, openCase } from '../cms/desk/cases'
import { closeOutboxTransporter } from '../cms/email/transport'
import { seedDemo311 } from '../cms/seed/seed'
import { submitRequest } from '../cms/servicerequests/intake'
import { caseMessages } from './helpers/desk'
import { type Harness, startHarness } from './helpers/harness'
import { drainOutbox } from './helpers/outbox'
import { startSmtpSink } from './helpers/smtpSink'

/**
 * Merge, split and link on the desk, through the API staff and the admin use, with the customer's
 * mail at a real SMTP sink on loopback.
 */
vi.setConfig({ testTimeout: 60_000 })
let harness: Harness
let sink: Awaited<ReturnType<typeof startSmtpSink>>
let works = 0
const DESK = 'desk@city.example'

beforeAll(async () => {
  sink = await startSmtpSink()
  harness = await startHarness()
  process.env.SMTP_URL = sink.url
  await seedDemo311(harness.payload)
  const found = await harness.payload.find({
    collection: DEPARTMENTS,
    where: { name: { equals: 'Public Works' } },
    overrideAccess: true,
  })
  works = Number(found.docs[0]!.id)
})
afterAll(async () => {
  closeOutboxTransporter()
  delete process.env.SMTP_URL
  await harness?.close()
  await sink?.close()
})

const HOUR = 60 * 60 * 1000
const opened = (email: string, over: Partial<Parameters<typeof openCase>[1]> = {}) =>
  openCase(harness.payload, {
    channel: 'web',
    kind: 'complaint',
    language: 'en',
    subject: 'Snow on Elm Street',
    message: 'The plough missed Elm Street again.',
    contactName: 'Robin Resident',
    email,
    department: works,
    ...over,
  })
const thread = (id: number | string) => caseMessages(harness.payload, id)
const load = (id: number | string) =>
  harness.payload.findByID({ collection: CORRESPONDENCE, id, overrideAccess: true, depth: 0 })
const subjects = (email: string) => sink.to(email).map((m) => m.parsed.subject ?? '')

describe('two cases from one address', () => {
  it('the second is flagged; merged: one thread in time order, the earliest due date, the customer told once', async () => {
    const first = await opened('robin@example.ca', { receivedAt: new Date(Date.now() - 26 * HOUR) })
    const second = await opened('Robin@Example.ca', {
      channel: 'email',
      subject: 'Re: the plough',
      message: 'Still not ploughed, and now there is ice.',
    })
    const links = await harness.rest('GET', `/${CORRESPONDENCE}/${second.id}/links`, { as: DESK })
    expect(links.status).toBe(200)
    expect(links.body.possibleDuplicate).toMatchObject({ id: first.id, reference: first.reference })
    // Someone else's case of the same days is not a duplicate.
    const stranger = await opened('someone.else@example.ca')
    expect((await load(stranger.id)).possibleDuplicateOf ?? null).toBeNull()

    await drainOutbox(harness.payload)
    const before = sink.to('robin@example.ca').length
    const merged = await harness.rest('POST', `/${CORRESPONDENCE}/${second.id}/merge`, {
      as: DESK,
      body: { into: first.reference },
    })
    expect(merged.status, JSON.stringify(merged.body)).toBe(200)
    expect(merged.body.doc.id).toBe(first.id)
    expect(merged.body.doc.responseDueAt).toBe(first.responseDueAt)
    expect(new Date(first.responseDueAt!).getTime()).toBeLessThan(
      new Date(second.responseDueAt!).getTime(),
    )

    const joined = await thread(first.id)
    expect(joined.filter((m) => m.direction === 'in').map((m) => m.body)).toEqual([
      'The plough missed Elm Street again.',
      'Still not ploughed, and now there is ice.',
    ])
    const times = joined.map((m) => new Date(m.at).getTime())
    expect(times).toEqual([...times].sort((a, b) => a - b))
    expect(await thread(second.id)).toHaveLength(0)

    await drainOutbox(harness.payload)
    const told = sink.to('robin@example.ca').slice(before)
    expect(told).toHaveLength(1)
    expect(told[0]!.parsed.subject).toContain(`[${first.reference}]`)
    expect(told[0]!.parsed.text).toContain(
      `File ${second.reference} is now part of file ${first.reference}`,
    )

    // The merged reference points to the survivor: mail to it, a link typed with it.
    expect((await findByReference(harness.payload, second.reference!))!.id).toBe(first.id)
    const pointer = await harness.rest('GET', `/${CORRESPONDENCE}/${second.id}/links`, { as: DESK })
    expect(pointer.body.mergedInto).toMatchObject({ id: first.id, reference: first.reference })
    const survivor = await harness.rest('GET', `/${CORRESPONDENCE}/${first.id}/links`, { as: DESK })
    expect(survivor.body.mergedFrom.map((c: { id: number }) => c.id)).toEqual([second.id])
    // Its history is read with the survivor's, each line naming its case.
    const actions = survivor.body.history.map((h: { case: string; action: string }) =>
      [h.case, h.action].join(' '),
    )
    expect(actions).toEqual(
      expect.arrayContaining([
        `${first.reference} opened`,
        `${second.reference} opened`,
        `${first.reference} merged`,
        `${second.reference} merged into`,
      ]),
    )
    const stub = await load(second.id)
    expect(stub.state).toBe('closed')
    const reply = await harness.rest('POST', `/${CORRESPONDENCE}/${second.id}/reopen`, { as: DESK })
    expect(reply.status).toBe(409)
    // Merging again, or into the stub, is refused by name.
    const again = await harness.rest('POST', `/${CORRESPONDENCE}/${stranger.id}/merge`, {
      as: DESK,
      body: { into: second.id },
    })
    expect(again.status).toBe(409)
  })

  it('two people are never merged; the refusal says to link them', async () => {
    const a = await opened('one.person@example.ca')
    const b = await opened('another.person@example.ca')
    const refused = await harness.rest('POST', `/${CORRESPONDENCE}/${a.id}/merge`, {
      as: DESK,
      body: { into: b.id },
    })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0]).toMatchObject({
      field: 'into',
      message: expect.stringContaining('not from the same person'),
    })
    expect((await thread(a.id)).filter((m) => m.direction === 'in')).toHaveLength(1)
    const nothing = await harness.rest('POST', `/${CORRESPONDENCE}/${a.id}/merge`, {
      as: DESK,
      body: {},
    })
    expect(nothing.status).toBe(400)
    expect(
      (await harness.rest('POST', `/${CORRESPONDENCE}/${a.id}/merge`, { body: {} })).status,
    ).toBe(401)
    // Staff outside the department may not merge it.
    const outsider = await harness.rest('POST', `/${CORRESPONDENCE}/${a.id}/merge`, {
      as: 'writer@city.example',
      body: { into: b.id },
    })
    expect(outsider.status).toBe(403)
  })
})

describe('links and splits', () => {
  it('a case linked to a 311 request shows on both; unlinking removes both sides', async () => {
    const spot = demoAddresses().find((a) => a.number === '21' && a.street === 'King Street')!
    const outcome = await submitRequest(harness.payload, {
      serviceCode: 'PARK_MAINTENANCE',
      lat: spot.lat,
      long: spot.long,
      channel: 'phone',
      email: 'pothole.person@example.ca',
    })
    if (outcome.kind !== 'created') throw new Error(outcome.kind)
    const request = outcome.doc
    const doc = await opened('pothole.person@example.ca', { subject: 'Pothole on King' })
    const linked = await harness.rest('POST', `/${CORRESPONDENCE}/${doc.id}/link`, {
      as: DESK,
      body: { request: request.reference },
    })
    expect(linked.status, JSON.stringify(linked.body)).toBe(200)
    const onRequest = await harness.payload.findByID({
      collection: SERVICE_REQUESTS,
      id: request.id,
      overrideAccess: true,
      depth: 0,
    })
    expect(onRequest.linkedCases).toEqual([doc.id])
    expect((await load(doc.id)).linkedRequests).toEqual([request.id])
    const links = await harness.rest('GET', `/${CORRESPONDENCE}/${doc.id}/links`, { as: DESK })
    expect(links.body.requests).toEqual([
      expect.objectContaining({ id: request.id, reference: request.reference }),
    ])

    const other = await opened('pothole.neighbour@example.ca')
    const cases = await harness.rest('POST', `/${CORRESPONDENCE}/${doc.id}/link`, {
      as: DESK,
      body: { case: other.reference },
    })
    expect(cases.status).toBe(200)
    expect((await load(other.id)).linkedCases).toEqual([doc.id])

    const unlinked = await harness.rest('POST', `/${CORRESPONDENCE}/${doc.id}/link`, {
      as: DESK,
      body: { request: request.id, unlink: true },
    })
    expect(unlinked.status).toBe(200)
    expect((await load(doc.id)).linkedRequests).toEqual([])
    const after = await harness.payload.findByID({
      collection: SERVICE_REQUESTS,
      id: request.id,
      overrideAccess: true,
      depth: 0,
    })
    expect(after.linkedCases).toEqual([])
    const self = await harness.rest('POST', `/${CORRESPONDENCE}/${doc.id}/link`, {
      as: DESK,
      body: { case: doc.id },
    })
    expect(self.status).toBe(400)
    const unknown = await harness.rest('POST', `/${CORRESPONDENCE}/${doc.id}/link`, {
      as: DESK,
      body: { request: 'SR-2026-999999' },
    })
    expect(unknown.status).toBe(400)
    expect(unknown.body.errors[0].field).toBe('request')
  })

  it('a message about something else becomes its own case, with its arrival’s clock, linked', async () => {
    const doc = await opened('two.things@example.ca', {
      receivedAt: new Date(Date.now() - 3 * HOUR),
    })
    const later = new Date(Date.now() - HOUR)
    const extra = await harness.payload.create({
      collection: CORRESPONDENCE_MESSAGES,
      data: {
        case: doc.id,
        direction: 'in',
        at: later.toISOString(),
        fromAddress: 'two.things@example.ca',
        subject: 'Also: my tax bill',
        body: 'My tax bill has the wrong name on it.',
      },
      overrideAccess: true,
    })
    const only = await harness.rest('POST', `/${CORRESPONDENCE}/${doc.id}/split`, {
      as: DESK,
      body: { message: (await thread(doc.id))[0]!.id },
    })
    // The first message may go too when another stays; an outgoing one never.
    const acknowledgement = (await thread(doc.id)).find((m) => m.direction === 'out')
    if (acknowledgement) {
      const out = await harness.rest('POST', `/${CORRESPONDENCE}/${doc.id}/split`, {
        as: DESK,
        body: { message: acknowledgement.id },
      })
      expect(out.status).toBe(400)
    }
    expect(only.status, JSON.stringify(only.body)).toBe(200)
    const splitOff = only.body.doc
    expect(splitOff.reference).not.toBe(doc.reference)
    const left = await thread(doc.id)
    expect(left.filter((m) => m.direction === 'in').map((m) => m.id)).toEqual([extra.id])
    // Now only one message of the customer's is left: nothing more to split.
    const last = await harness.rest('POST', `/${CORRESPONDENCE}/${doc.id}/split`, {
      as: DESK,
      body: { message: extra.id },
    })
    expect(last.status).toBe(409)
    expect(splitOff.receivedAt).toBe(doc.receivedAt)
    expect(splitOff.linkedCases).toEqual([doc.id])
    expect(splitOff.possibleDuplicateOf ?? null).toBeNull()
    expect((await load(doc.id)).linkedCases).toEqual([splitOff.id])
    await drainOutbox(harness.payload)
    expect(
      subjects('two.things@example.ca').some((s) => s.includes(`[${splitOff.reference}]`)),
    ).toBe(true)
  })
})
