import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import {
  CORRESPONDENCE,
  CORRESPONDENCE_MESSAGES,
  DEPARTMENTS,
  DESK_AUDIT,
  DESK_SETTINGS,
} from '../cms/core/slugs'
import { openCase } from '../cms/desk/cases'
import { receiveEmail } from '../cms/desk/inbound/receive'
import { escalateOverdue } from '../cms/desk/schedule'
import { closeOutboxTransporter } from '../cms/email/transport'
import { type Harness, startHarness } from './helpers/harness'
import { drainOutbox } from './helpers/outbox'
import { startSmtpSink } from './helpers/smtpSink'

/**
 * Priorities and the targets beyond the first reply, end to end: routing sets the priority, the
 * customer writing again after a reply is owed the next reply by its target (the real inbound path),
 * a breach goes to the department's manager and then the desk's head once each (real SMTP on
 * loopback), and the standards report counts it.
 */
vi.setConfig({ testTimeout: 60_000 })
let harness: Harness
let sink: Awaited<ReturnType<typeof startSmtpSink>>
let parks = 0
const DESK = 'desk@city.example'
const DAY = 24 * 60 * 60 * 1000

beforeAll(async () => {
  sink = await startSmtpSink()
  harness = await startHarness()
  process.env.SMTP_URL = sink.url
  const found = await harness.payload.find({
    collection: DEPARTMENTS,
    where: { name: { equals: 'Parks and Recreation' } },
    overrideAccess: true,
  })
  parks = Number(found.docs[0]!.id)
  await harness.payload.update({
    collection: DEPARTMENTS,
    id: parks,
    data: { manager: Number(harness.user('manager@city.example').id) },
    overrideAccess: true,
  })
  const settings = await harness.rest('POST', `/globals/${DESK_SETTINGS}`, {
    as: 'manager@city.example',
    body: {
      routing: [{ department: parks, keywords: 'playground', priority: 'urgent' }],
      targets: [{ priorities: ['urgent'], nextReplyDays: 1, resolutionDays: 3 }],
      head: Number(harness.user('admin@city.example').id),
      headAfterDays: 1,
    },
  })
  expect(settings.status, JSON.stringify(settings.body)).toBe(200)
})
afterAll(async () => {
  closeOutboxTransporter()
  delete process.env.SMTP_URL
  await harness?.close()
  await sink?.close()
})

const load = (id: number | string) =>
  harness.payload.findByID({ collection: CORRESPONDENCE, id, overrideAccess: true, depth: 0 })

describe('priorities and targets', () => {
  it('a routing rule sets the priority and the resolution target; staff changing it moves the target', async () => {
    const doc = await openCase(harness.payload, {
      channel: 'web',
      kind: 'general',
      language: 'en',
      subject: 'Broken playground swing',
      message: 'The playground swing chain snapped.',
      email: 'swing@example.ca',
      receivedAt: new Date('2026-12-01T10:00:00-05:00'),
    })
    expect(doc).toMatchObject({ priority: 'urgent', department: parks })
    // Tuesday + 3 business days: Friday's end, Toronto.
    expect(doc.resolutionDueAt).toBe(new Date('2026-12-04T23:59:59.999-05:00').toISOString())
    const changed = await harness.rest('PATCH', `/${CORRESPONDENCE}/${doc.id}`, {
      as: DESK,
      body: { priority: 'normal' },
    })
    expect(changed.status).toBe(200)
    // Normal: the default 10 business days from the same arrival.
    expect((await load(doc.id)).resolutionDueAt).toBe(
      new Date('2026-12-15T23:59:59.999-05:00').toISOString(),
    )
    const trail = await harness.payload.find({
      collection: DESK_AUDIT,
      where: { case: { equals: doc.id } },
      overrideAccess: true,
    })
    expect(trail.docs.map((d) => d.details).join(' ')).toContain('changed priority')
    const bad = await harness.rest('POST', `/${CORRESPONDENCE}`, {
      as: DESK,
      body: { channel: 'phone', message: 'A call.', priority: 'asap', contactName: 'X' },
    })
    expect(bad.status).toBe(400)
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('priority')
  })

  it('the next reply is owed by its target; a breach goes to the manager, then the head, once each; the report counts it', async () => {
    const received = new Date(Date.now() - 6 * DAY)
    const doc = await openCase(harness.payload, {
      channel: 'email',
      kind: 'general',
      language: 'en',
      subject: 'Playground fence',
      message: 'The playground fence has a gap.',
      email: 'fence@example.ca',
      receivedAt: received,
    })
    const replied = await harness.rest('POST', `/${CORRESPONDENCE}/${doc.id}/reply`, {
      as: DESK,
      body: { message: 'Which playground is it?', awaitCustomer: true },
    })
    expect(replied.status).toBe(200)
    const ours = (
      await harness.payload.find({
        collection: CORRESPONDENCE_MESSAGES,
        where: { case: { equals: doc.id }, direction: { equals: 'out' } },
        sort: '-at',
        overrideAccess: true,
      })
    ).docs[0]!
    // The customer answers our question by email, in reply to our message.
    const answer = [
      'From: fence@example.ca',
      'To: contact@city.example',
      `Subject: Re: [${doc.reference}] Playground fence`,
      `Message-ID: <answer-${doc.id}@example.ca>`,
      `In-Reply-To: ${ours.messageId}`,
      `References: ${ours.messageId}`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      'The one on Elm Park.',
      '',
    ].join('\r\n')
    expect(
      (await receiveEmail(harness.payload, answer, { to: ['contact@city.example'] })).kind,
    ).toBe('joined')
    const owed = await load(doc.id)
    expect(owed.state).toBe('new')
    // Urgent: the next reply within 1 business day of the answer, not the standard's 3.
    const dueAt = new Date(owed.responseDueAt!)
    expect(dueAt.getTime() - Date.now()).toBeLessThan(4 * DAY)

    const late = new Date(dueAt.getTime() + 60 * 60 * 1000)
    await escalateOverdue(harness.payload, late)
    await escalateOverdue(harness.payload, late)
    await drainOutbox(harness.payload)
    const about = (email: string) =>
      sink.to(email).filter((m) => m.parsed.subject?.includes(`[${doc.reference}]`))
    // Six days old and urgent (3 days to resolve), it is also unresolved: one notice of each.
    expect(
      about('manager@city.example')
        .map((m) => m.parsed.subject)
        .sort(),
    ).toEqual([
      `Overdue / En retard: [${doc.reference}] Playground fence`,
      `Unresolved / Non réglé: [${doc.reference}] Playground fence`,
    ])
    expect(about('admin@city.example')).toHaveLength(0)
    // A business day later the breach still stands: the desk's head hears of it, once.
    const later = new Date(late.getTime() + 4 * DAY)
    await escalateOverdue(harness.payload, later)
    await escalateOverdue(harness.payload, later)
    await drainOutbox(harness.payload)
    const head = about('admin@city.example').filter((m) => m.parsed.subject?.startsWith('Overdue'))
    expect(head).toHaveLength(1)
    expect(head[0]!.parsed.text).toContain("The department's manager was told on")
    expect(
      about('manager@city.example').filter((m) => m.parsed.subject?.startsWith('Overdue')),
    ).toHaveLength(1)

    const range = (d: Date) => d.toISOString().slice(0, 10)
    const report = async () =>
      (
        await harness.rest(
          'GET',
          `/${CORRESPONDENCE}/standards?from=${range(new Date(received.getTime() - 2 * DAY))}&to=${range(new Date(Date.now() + 2 * DAY))}`,
          { as: DESK },
        )
      ).body.rows.find((r: { department: string }) => r.department === 'Parks and Recreation')
    // The owed reply is past its target only on the escalation's clock, not yet on the real one.
    const before = await report()
    expect(before.nextRepliesMissed).toBe(0)
    // Replying late (the case is made late by moving its due time into the past) counts one
    // missed next reply, once.
    await harness.payload.update({
      collection: CORRESPONDENCE,
      id: doc.id,
      data: { responseDueAt: new Date(Date.now() - DAY).toISOString() },
      overrideAccess: true,
      context: { desk: true },
    })
    expect((await report()).nextRepliesMissed).toBe(1)
    const lateReply = await harness.rest('POST', `/${CORRESPONDENCE}/${doc.id}/reply`, {
      as: DESK,
      body: { message: 'We will fix the Elm Park fence this week.' },
    })
    expect(lateReply.status).toBe(200)
    expect((await load(doc.id)).nextRepliesMissed).toBe(1)
    const after = await report()
    expect(after.nextRepliesMissed).toBe(1)
    expect(after.percentNextReplyMet).toBe(0)
  })
})
