import { randomBytes } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MEDIA_RELEASES, WORKFLOW_AUDIT } from '../cms/core/slugs'
import { queueMissedItems } from '../cms/outbox/reconcile'
import { buildFeed } from '../cms/publishing/feeds'
import { type Harness, startHarness } from './helpers/harness'
import { outbox } from './helpers/outbox'
import { addConfirmedSubscribers, publishReleaseThroughWorkflow } from './helpers/seedData'

/**
 * Change notes (issue "Alerts where you live", item 4): publishing an edit of a live item with a
 * `changeNote` and `notify: true` emails "Updated: …" once to the topic's subscribers; a minor edit
 * (a note without notify, or no note) emails nobody; the page's data carries the notes and the
 * feed dates the entry anew under the same guid.
 */
let harness: Harness
beforeAll(async () => {
  harness = await startHarness()
  await addConfirmedSubscribers(harness.payload, 2, 'reader', ['news'])
})
afterAll(async () => harness?.close())

const WRITER = 'writer@city.example'
const MANAGER = 'manager@city.example'

const act = (as: string, id: number, body: Record<string, unknown>) =>
  harness.rest('POST', `/${MEDIA_RELEASES}/${id}/workflow`, { as, body })

/** Edits the live release as a draft and takes it to approved, ready to publish. */
const editAndApprove = async (id: number, summary: string) => {
  const edited = await harness.rest('PATCH', `/${MEDIA_RELEASES}/${id}?draft=true`, {
    as: WRITER,
    body: { summary },
  })
  expect(edited.status, JSON.stringify(edited.body)).toBe(200)
  expect((await act(WRITER, id, { action: 'submit' })).status).toBe(200)
  expect((await act(MANAGER, id, { action: 'approve' })).status).toBe(200)
}

const updatesTo = async (email: string) =>
  (await outbox(harness.payload)).filter((m) => m.to === email && m.subject.startsWith('Updated: '))

describe('change notes', () => {
  it('a major change emails "Updated: …" with the note once; a minor one emails nobody; the page and feed carry it', async () => {
    const id = await publishReleaseThroughWorkflow(harness, 'Budget town hall on Thursday')
    const first = await outbox(harness.payload)
    expect(first.filter((m) => m.subject === 'Budget town hall on Thursday')).toHaveLength(2)

    await editAndApprove(id, 'The town hall moved to Friday at 7 p.m.')
    const refused = await act(MANAGER, id, { action: 'publish', notify: true })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].field).toBe('changeNote')
    const major = await act(MANAGER, id, {
      action: 'publish',
      changeNote: 'The town hall moved from Thursday to Friday.',
      changeNoteFr: 'L’assemblée passe du jeudi au vendredi.',
      notify: true,
    })
    expect(major.status, JSON.stringify(major.body)).toBe(200)
    const updates = await updatesTo('reader0@example.com')
    expect(updates).toHaveLength(1)
    expect(updates[0]!.subject).toBe('Updated: Budget town hall on Thursday')
    // Quoted-printable wraps long lines with a soft break.
    expect(updates[0]!.text.replace(/=\r?\n/g, '')).toContain(
      'What changed: The town hall moved from Thursday to Friday.',
    )
    expect(await updatesTo('reader1@example.com')).toHaveLength(1)

    // A minor edit: its note shows on the page, nobody is emailed.
    await editAndApprove(id, 'The town hall moved to Friday at 7 p.m. in Council Chambers.')
    const minor = await act(MANAGER, id, { action: 'publish', changeNote: 'Room added.' })
    expect(minor.status).toBe(200)
    await editAndApprove(id, 'The town hall is Friday at 7 p.m. in Council Chambers.')
    expect((await act(MANAGER, id, { action: 'publish' })).status).toBe(200)
    expect(await updatesTo('reader0@example.com')).toHaveLength(1)

    const live = await harness.rest('GET', `/${MEDIA_RELEASES}/${id}?depth=0`)
    expect(live.body.changeNotes.map((n: { note: string }) => n.note)).toEqual([
      'The town hall moved from Thursday to Friday.',
      'Room added.',
    ])
    expect(live.body.changeNotes[0]).toMatchObject({
      noteFr: 'L’assemblée passe du jeudi au vendredi.',
      notified: true,
    })
    expect(live.body.changeNotes[1].notified).toBe(false)

    // The feed: the same guid, dated by the latest note.
    const xml = buildFeed(
      {
        siteUrl: 'https://city.example',
        cityName: 'City of Exampleton',
        generatedAt: new Date().toISOString(),
      },
      'news',
      [live.body],
    )
    expect(xml).toContain(
      `<pubDate>${new Date(live.body.changeNotes[1].at).toUTCString()}</pubDate>`,
    )
    expect(xml).toContain(`urn:civic-comms:media-releases:${live.body.uid}</guid>`)
  })

  it('a change note cannot be forged into a first publication or another action', async () => {
    const created = await harness.rest('POST', `/${MEDIA_RELEASES}`, {
      as: WRITER,
      body: (await import('./helpers/fixtures')).validContent(MEDIA_RELEASES, 'Brand new'),
    })
    const id = created.body.doc.id as number
    const submit = await act(WRITER, id, { action: 'submit', changeNote: 'x', notify: true })
    expect(submit.status).toBe(400)
    expect(submit.body.errors[0].field).toBe('changeNote')
    expect((await act(WRITER, id, { action: 'submit' })).status).toBe(200)
    expect((await act(MANAGER, id, { action: 'approve' })).status).toBe(200)
    const first = await act(MANAGER, id, { action: 'publish', changeNote: 'first', notify: true })
    expect(first.status).toBe(400)
    expect(first.body.errors[0].message).toMatch(/first publication/)
    const working = await harness.rest('GET', `/${MEDIA_RELEASES}/${id}?depth=0&draft=true`, {
      as: MANAGER,
    })
    expect(working.body.workflowState).toBe('approved')
  })

  it('a major change whose queueing a crash lost is queued by the 5-second pass, once', async () => {
    const id = await publishReleaseThroughWorkflow(harness, 'Pool hours change')
    await outbox(harness.payload)
    // What a process killed right after the transition leaves: the note and the audit entry are
    // written, the "Updated" send never was.
    await harness.payload.db.updateOne({
      collection: MEDIA_RELEASES,
      id,
      data: {
        changeNotes: [
          {
            id: randomBytes(12).toString('hex'),
            note: 'The pool opens an hour earlier.',
            at: new Date().toISOString(),
            notified: true,
          },
        ],
      },
    })
    await harness.payload.create({
      collection: WORKFLOW_AUDIT,
      data: {
        itemCollection: MEDIA_RELEASES,
        itemId: String(id),
        itemTitle: 'Pool hours change',
        action: 'publish',
        fromState: 'approved',
        toState: 'published',
        actorName: 'Manager',
        at: new Date().toISOString(),
        summary: 'publish: approved → published',
      },
      overrideAccess: true,
    })
    // This pass or the jobs queue's own queues it; a second finds nothing left to queue.
    await queueMissedItems(harness.payload)
    expect(await queueMissedItems(harness.payload)).toBe(0)
    const updates = (await updatesTo('reader0@example.com')).filter(
      (m) => m.subject === 'Updated: Pool hours change',
    )
    expect(updates).toHaveLength(1)
    expect(updates[0]!.text.replace(/=\r?\n/g, '')).toContain('The pool opens an hour earlier.')
  })
})
