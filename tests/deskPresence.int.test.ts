import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { CORRESPONDENCE, DESK_PRESENCE } from '../cms/core/slugs'
import { openCase } from '../cms/desk/cases'
import { receiveEmail } from '../cms/desk/inbound/receive'
import { type Harness, startHarness } from './helpers/harness'

/**
 * Who is here, through the heartbeat the case page sends: two agents on one case see each other
 * (and who is typing) at their next beat, a person gone quiet for 30 s drops off, leaving takes
 * them off at once; a reply begun before the customer's newest message asks to confirm.
 */
vi.setConfig({ testTimeout: 60_000 })
let harness: Harness
const DESK = 'desk@city.example'
const MANAGER = 'manager@city.example'

beforeAll(async () => {
  harness = await startHarness()
})
afterAll(async () => harness?.close())

const open = (email: string) =>
  openCase(harness.payload, {
    channel: 'email',
    kind: 'general',
    language: 'en',
    subject: 'Leaf pickup',
    message: 'When is leaf pickup on Birch Street?',
    email,
  })
const beat = (id: number | string, as: string, body: Record<string, unknown> = {}) =>
  harness.rest('POST', `/${CORRESPONDENCE}/${id}/presence`, { as, body })

describe('who is here', () => {
  it('the second agent sees the first at once, typing or not; quiet for 30 s or leaving, gone', async () => {
    const doc = await open('leaves@example.ca')
    const first = await beat(doc.id, DESK, { typing: true })
    expect(first.status).toBe(200)
    expect(first.body.here).toEqual([])
    expect(first.body.heartbeatMs).toBeLessThanOrEqual(10_000)

    const second = await beat(doc.id, MANAGER)
    expect(second.body.here).toEqual([
      expect.objectContaining({ name: 'Jordan Roy', typing: true }),
    ])
    // Each sees only the others, never themselves; a second beat keeps one row each.
    const again = await beat(doc.id, DESK)
    expect(again.body.here).toEqual([
      expect.objectContaining({ name: 'Morgan Tremblay', typing: false }),
    ])
    const rows = await harness.payload.find({
      collection: DESK_PRESENCE,
      where: { case: { equals: doc.id } },
      overrideAccess: true,
    })
    expect(rows.totalDocs).toBe(2)

    // The manager's page went quiet 31 s ago (the laptop slept): gone for the others.
    await harness.payload.update({
      collection: DESK_PRESENCE,
      where: { key: { equals: `${doc.id}:${harness.user(MANAGER).id}` } },
      data: { seenAt: new Date(Date.now() - 31_000).toISOString() },
      overrideAccess: true,
    })
    expect((await beat(doc.id, DESK)).body.here).toEqual([])
    // Leaving takes one off at once.
    await beat(doc.id, MANAGER)
    expect((await beat(doc.id, DESK)).body.here).toHaveLength(1)
    await beat(doc.id, MANAGER, { leaving: true })
    expect((await beat(doc.id, DESK)).body.here).toEqual([])
  })

  it('is staff only, and only for those who may work on the case', async () => {
    const doc = await open('private@example.ca')
    expect(
      (await harness.rest('POST', `/${CORRESPONDENCE}/${doc.id}/presence`, { body: {} })).status,
    ).toBe(401)
    expect((await beat(doc.id, 'writer@city.example')).status).toBe(403)
    expect((await beat(999_999, DESK)).status).toBe(404)
  })

  it('a reply begun before the customer wrote again asks to confirm, then goes', async () => {
    const doc = await open('again@example.ca')
    const first = await harness.rest('POST', `/${CORRESPONDENCE}/${doc.id}/reply`, {
      as: DESK,
      body: { message: 'Which side of Birch Street?', awaitCustomer: true },
    })
    expect(first.status).toBe(200)
    const draftStartedAt = new Date().toISOString()
    // The customer writes while the agent drafts the next reply.
    await new Promise((resolve) => setTimeout(resolve, 20))
    const thread = await harness.rest('GET', `/${CORRESPONDENCE}/${doc.id}/thread`, { as: DESK })
    const ours = thread.body.messages
      .filter((m: { direction: string }) => m.direction === 'out')
      .at(-1)
    const raw = [
      'From: again@example.ca',
      'To: contact@city.example',
      `Subject: Re: [${doc.reference}] Leaf pickup`,
      `Message-ID: <again-${doc.id}@example.ca>`,
      `In-Reply-To: ${ours.messageId}`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      'The north side, and never mind: they came today.',
      '',
    ].join('\r\n')
    expect((await receiveEmail(harness.payload, raw, { to: ['contact@city.example'] })).kind).toBe(
      'joined',
    )
    const reply = { message: 'We will pick up the north side on Friday.', draftStartedAt }
    const held = await harness.rest('POST', `/${CORRESPONDENCE}/${doc.id}/reply`, {
      as: DESK,
      body: reply,
    })
    expect(held.status).toBe(409)
    expect(held.body.errors[0]).toMatchObject({
      field: 'confirm',
      message: expect.stringContaining('The customer wrote again after you began this reply'),
    })
    const presence = await beat(doc.id, DESK)
    expect(new Date(presence.body.lastCustomerMessageAt).getTime()).toBeGreaterThan(
      new Date(draftStartedAt).getTime(),
    )
    const sent = await harness.rest('POST', `/${CORRESPONDENCE}/${doc.id}/reply`, {
      as: DESK,
      body: { ...reply, confirm: true },
    })
    expect(sent.status).toBe(200)
    // A reply begun after the customer's message goes without asking.
    const fresh = await harness.rest('POST', `/${CORRESPONDENCE}/${doc.id}/reply`, {
      as: DESK,
      body: {
        message: 'One more thing: bags go at the curb.',
        draftStartedAt: new Date().toISOString(),
      },
    })
    expect(fresh.status).toBe(200)
    const bad = await harness.rest('POST', `/${CORRESPONDENCE}/${doc.id}/reply`, {
      as: DESK,
      body: { message: 'x', draftStartedAt: 'yesterday' },
    })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].field).toBe('draftStartedAt')
  })
})
