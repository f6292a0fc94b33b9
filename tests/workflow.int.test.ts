import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { EMERGENCY_BULLETINS, MEDIA_RELEASES, WORKFLOW_AUDIT } from '../cms/core/slugs'
import { archiveDue, publishDue } from '../cms/workflow/publishDue'
import { validContent } from './helpers/fixtures'
import { type Harness, startHarness } from './helpers/harness'
import { outbox } from './helpers/outbox'

/** Each path of the workflow (README, "The approval workflow") through POST /api/{slug}/{id}/workflow, with real users. */
let harness: Harness
beforeAll(async () => {
  harness = await startHarness({ holdJobs: true })
})
afterAll(async () => harness?.close())

const WRITER = 'writer@city.example'
const WRITER2 = 'writer2@city.example'
const MANAGER = 'manager@city.example'
const ADMIN = 'admin@city.example'
const OFFICER = 'emergency@city.example'
const OFFICER2 = 'emergency2@city.example'

const act = (
  as: string | undefined,
  slug: string,
  id: number | string,
  body: Record<string, unknown>,
) => harness.rest('POST', `/${slug}/${id}/workflow`, { as, body })
const draft = async (
  as: string,
  title: string,
  slug: string = MEDIA_RELEASES,
  extra: Record<string, unknown> = {},
) => {
  const { status, body } = await harness.rest('POST', `/${slug}`, {
    as,
    body: { ...validContent(slug as never, title), ...extra },
  })
  expect(status).toBe(201)
  return body.doc.id as number
}
const publicView = (slug: string, id: number | string) =>
  harness.rest('GET', `/${slug}/${id}?depth=0`)
const history = async (slug: string, id: number | string) =>
  (await harness.rest('GET', `/${slug}/${id}/workflow/history`, { as: MANAGER })).body.docs
const publishedByWorkflow = async (title: string) => {
  const id = await draft(WRITER, title)
  for (const [who, action] of [
    [WRITER, 'submit'],
    [MANAGER, 'approve'],
    [MANAGER, 'publish'],
  ] as const) {
    expect((await act(who, MEDIA_RELEASES, id, { action })).status).toBe(200)
  }
  return id
}

describe('the happy path: writer → approver → published', () => {
  it('submits, approves, publishes; the public sees it only at the end; the audit has it all', async () => {
    const id = await draft(WRITER, 'Pool opens Saturday')
    expect((await publicView(MEDIA_RELEASES, id)).status).toBe(404)

    const submitted = await act(WRITER, MEDIA_RELEASES, id, { action: 'submit' })
    expect(submitted.status).toBe(200)
    expect(submitted.body.doc.workflowState).toBe('in_review')

    const approved = await act(MANAGER, MEDIA_RELEASES, id, {
      action: 'approve',
      comment: 'Clear and accurate.',
    })
    expect(approved.body.doc.workflowState).toBe('approved')
    expect((await publicView(MEDIA_RELEASES, id)).status).toBe(404)

    const published = await act(MANAGER, MEDIA_RELEASES, id, { action: 'publish' })
    expect(published.status).toBe(200)
    expect(published.body.doc).toMatchObject({ workflowState: 'published', _status: 'published' })
    expect((await publicView(MEDIA_RELEASES, id)).body).toMatchObject({
      title: 'Pool opens Saturday',
      workflowState: 'published',
    })

    const entries = await history(MEDIA_RELEASES, id)
    expect(entries.map((e: any) => [e.action, e.fromState, e.toState])).toEqual([
      ['submit', 'draft', 'in_review'],
      ['approve', 'in_review', 'approved'],
      ['publish', 'approved', 'published'],
    ])
    expect(entries[1]).toMatchObject({
      actorName: 'Morgan Tremblay',
      actorRoles: 'communications-manager',
      comment: 'Clear and accurate.',
    })
    expect(entries.every((e: any) => e.versionId && e.at)).toBe(true)
    expect(new Set(entries.map((e: any) => e.versionId)).size).toBe(3)
  })

  it('emails the approvers on submit and the author on approval and publication', async () => {
    const before = (await outbox(harness.payload)).length
    const id = await draft(WRITER2, 'Leaf collection dates')
    await act(WRITER2, MEDIA_RELEASES, id, { action: 'submit' })
    await act(MANAGER, MEDIA_RELEASES, id, { action: 'approve' })
    await act(MANAGER, MEDIA_RELEASES, id, { action: 'publish' })
    const sent = (await outbox(harness.payload)).slice(before)
    expect(sent.map((m) => [m.to, m.subject])).toEqual(
      expect.arrayContaining([
        ['manager@city.example', 'For your review: Leaf collection dates'],
        ['admin@city.example', 'For your review: Leaf collection dates'],
        ['writer2@city.example', 'Approved: Leaf collection dates'],
        ['writer2@city.example', 'Published: Leaf collection dates'],
      ]),
    )
    expect(
      sent.some((m) => m.to === 'writer2@city.example' && m.subject.startsWith('For your review')),
    ).toBe(false)
    expect(sent.find((m) => m.subject.startsWith('Approved'))!.text).toContain(
      `/admin/collections/media-releases/${id}`,
    )
  })
})

describe('refusals', () => {
  it('401 when not signed in, before revealing whether the item exists', async () => {
    expect((await act(undefined, MEDIA_RELEASES, 1, { action: 'submit' })).status).toBe(401)
    expect((await act(undefined, MEDIA_RELEASES, 999999, { action: 'submit' })).status).toBe(401)
  })

  it('404 for an item that does not exist', async () => {
    expect((await act(WRITER, MEDIA_RELEASES, 999999, { action: 'submit' })).status).toBe(404)
  })

  it('403 for approving your own item, or one you last edited', async () => {
    const own = await draft(MANAGER, 'Manager wrote this')
    await act(MANAGER, MEDIA_RELEASES, own, { action: 'submit' })
    const self = await act(MANAGER, MEDIA_RELEASES, own, { action: 'approve' })
    expect(self.status).toBe(403)
    expect(self.body.errors[0].message).toMatch(/second person/)

    const theirs = await draft(WRITER, 'Writer wrote, manager touched')
    await harness.rest('PATCH', `/${MEDIA_RELEASES}/${theirs}?draft=true`, {
      as: ADMIN,
      body: { summary: 'Tidied by the admin.' },
    })
    await act(WRITER, MEDIA_RELEASES, theirs, { action: 'submit' })
    expect((await act(ADMIN, MEDIA_RELEASES, theirs, { action: 'approve' })).status).toBe(403)
    expect((await act(MANAGER, MEDIA_RELEASES, theirs, { action: 'approve' })).status).toBe(200)
  })

  it('403 for a role that may not take the action', async () => {
    const id = await draft(WRITER, 'Writer approves?')
    await act(WRITER, MEDIA_RELEASES, id, { action: 'submit' })
    const refused = await act(WRITER2, MEDIA_RELEASES, id, { action: 'approve' })
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toMatch(/Only an approver/)
  })

  it('409 for an action the state does not allow', async () => {
    const id = await draft(WRITER, 'Approve a draft?')
    const refused = await act(MANAGER, MEDIA_RELEASES, id, { action: 'approve' })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toMatch(/This item is a draft/)
    expect((await act(MANAGER, MEDIA_RELEASES, id, { action: 'publish' })).status).toBe(409)
  })

  it('400 naming the field for a missing comment, time or action', async () => {
    const id = await draft(WRITER, 'Needs work')
    await act(WRITER, MEDIA_RELEASES, id, { action: 'submit' })
    const noComment = await act(MANAGER, MEDIA_RELEASES, id, { action: 'request-changes' })
    expect(noComment.status).toBe(400)
    expect(noComment.body.errors[0]).toMatchObject({ field: 'comment' })
    expect(
      (await act(MANAGER, MEDIA_RELEASES, id, { action: 'teleport' })).body.errors[0],
    ).toMatchObject({ field: 'action' })
    await act(MANAGER, MEDIA_RELEASES, id, { action: 'approve' })
    const past = await act(MANAGER, MEDIA_RELEASES, id, {
      action: 'schedule',
      publishAt: '2020-01-01T00:00:00Z',
    })
    expect(past.status).toBe(400)
    expect(past.body.errors[0]).toMatchObject({ field: 'publishAt' })
  })

  it('changes requested go back to the author, who edits and resubmits', async () => {
    const id = await draft(WRITER, 'Fix the date')
    await act(WRITER, MEDIA_RELEASES, id, { action: 'submit' })
    const requested = await act(MANAGER, MEDIA_RELEASES, id, {
      action: 'request-changes',
      comment: 'The date is wrong.',
    })
    expect(requested.body.doc.workflowState).toBe('changes_requested')
    await harness.rest('PATCH', `/${MEDIA_RELEASES}/${id}?draft=true`, {
      as: WRITER,
      body: { summary: 'Corrected date.' },
    })
    const options = await harness.rest('GET', `/${MEDIA_RELEASES}/${id}/workflow`, { as: WRITER })
    expect(options.body.state).toBe('changes_requested')
    expect(
      (await act(WRITER, MEDIA_RELEASES, id, { action: 'submit' })).body.doc.workflowState,
    ).toBe('in_review')
  })

  it('an edit after approval needs a new review', async () => {
    const id = await draft(WRITER, 'Approved then edited')
    await act(WRITER, MEDIA_RELEASES, id, { action: 'submit' })
    await act(MANAGER, MEDIA_RELEASES, id, { action: 'approve' })
    await harness.rest('PATCH', `/${MEDIA_RELEASES}/${id}?draft=true`, {
      as: WRITER,
      body: { title: 'Approved then edited, sneakily' },
    })
    expect((await act(MANAGER, MEDIA_RELEASES, id, { action: 'publish' })).status).toBe(409)
  })
})

describe('editing a live item', () => {
  it('changes a draft version; the live version stays until the new one is approved and published', async () => {
    const id = await publishedByWorkflow('Original live title')
    const editLive = await harness.rest('PATCH', `/${MEDIA_RELEASES}/${id}`, {
      as: WRITER,
      body: { title: 'Edited live directly' },
    })
    expect(editLive.status).toBe(403)
    expect(editLive.body.errors[0].message).toMatch(/Save your changes as a draft/)

    const edited = await harness.rest('PATCH', `/${MEDIA_RELEASES}/${id}?draft=true`, {
      as: WRITER2,
      body: { title: 'Corrected title' },
    })
    expect(edited.status).toBe(200)
    expect((await publicView(MEDIA_RELEASES, id)).body.title).toBe('Original live title')
    const publicDraft = await harness.rest('GET', `/${MEDIA_RELEASES}/${id}?draft=true`)
    expect(JSON.stringify(publicDraft.body)).not.toContain('Corrected title')

    const options = (
      await harness.rest('GET', `/${MEDIA_RELEASES}/${id}/workflow`, { as: WRITER2 })
    ).body
    expect(options).toMatchObject({ state: 'draft', live: 'published', hasPendingEdits: true })

    await act(WRITER2, MEDIA_RELEASES, id, { action: 'submit' })
    expect((await publicView(MEDIA_RELEASES, id)).body.title).toBe('Original live title')
    await act(MANAGER, MEDIA_RELEASES, id, { action: 'approve' })
    await act(MANAGER, MEDIA_RELEASES, id, { action: 'publish' })
    expect((await publicView(MEDIA_RELEASES, id)).body.title).toBe('Corrected title')
  })

  it('restoring an old version straight onto the live item is refused; as a draft it is an edit', async () => {
    const id = await publishedByWorkflow('Version one')
    await harness.rest('PATCH', `/${MEDIA_RELEASES}/${id}?draft=true`, {
      as: WRITER,
      body: { title: 'Version two draft' },
    })
    const versions = await harness.rest(
      'GET',
      `/${MEDIA_RELEASES}/versions?where[parent][equals]=${id}&sort=createdAt`,
      { as: MANAGER },
    )
    const first = versions.body.docs[0].id
    expect(
      (await harness.rest('POST', `/${MEDIA_RELEASES}/versions/${first}`, { as: MANAGER })).status,
    ).toBe(403)
    expect((await publicView(MEDIA_RELEASES, id)).body.title).toBe('Version one')
  })
})

describe('scheduling', () => {
  it('a scheduled item goes live when the publishDue job runs after its time, and not before', async () => {
    const id = await draft(WRITER, 'Budget consultation opens')
    await act(WRITER, MEDIA_RELEASES, id, { action: 'submit' })
    await act(MANAGER, MEDIA_RELEASES, id, { action: 'approve' })
    const publishAt = new Date(Date.now() + 60_000)
    const scheduled = await act(MANAGER, MEDIA_RELEASES, id, {
      action: 'schedule',
      publishAt: publishAt.toISOString(),
    })
    expect(scheduled.body.doc).toMatchObject({
      workflowState: 'scheduled',
      publishAt: publishAt.toISOString(),
    })

    expect(await publishDue(harness.payload, new Date(publishAt.getTime() - 1000))).toBe(0)
    expect((await publicView(MEDIA_RELEASES, id)).status).toBe(404)

    // Through the real jobs queue: the task Payload schedules every 10 s, queued and run here.
    await harness.payload.jobs.queue({
      task: 'publishDue',
      input: {},
      queue: 'workflow',
      waitUntil: new Date(),
    })
    await harness.payload.jobs.run({ queue: 'workflow' })
    expect((await publicView(MEDIA_RELEASES, id)).status).toBe(404)
    expect(await publishDue(harness.payload, new Date(publishAt.getTime() + 1000))).toBe(1)
    expect((await publicView(MEDIA_RELEASES, id)).body).toMatchObject({
      workflowState: 'published',
    })
    const last = (await history(MEDIA_RELEASES, id)).at(-1)
    expect(last).toMatchObject({
      action: 'publish',
      fromState: 'scheduled',
      toState: 'published',
      actorName: 'System (scheduled)',
    })
  })

  it('an edit cancels the schedule', async () => {
    const id = await draft(WRITER, 'Schedule then edit')
    await act(WRITER, MEDIA_RELEASES, id, { action: 'submit' })
    await act(MANAGER, MEDIA_RELEASES, id, { action: 'approve' })
    const publishAt = new Date(Date.now() + 60_000)
    await act(MANAGER, MEDIA_RELEASES, id, {
      action: 'schedule',
      publishAt: publishAt.toISOString(),
    })
    await harness.rest('PATCH', `/${MEDIA_RELEASES}/${id}?draft=true`, {
      as: WRITER,
      body: { summary: 'Changed after scheduling.' },
    })
    expect(await publishDue(harness.payload, new Date(publishAt.getTime() + 1000))).toBe(0)
    expect((await publicView(MEDIA_RELEASES, id)).status).toBe(404)
  })
})

describe('scheduled take-down', () => {
  it('a live item with a "take down at" time is archived when it passes, by the system, audited', async () => {
    const unpublishAt = new Date(Date.now() + 60_000)
    const id = await draft(WRITER, 'Holiday hours', MEDIA_RELEASES, {
      unpublishAt: unpublishAt.toISOString(),
    })
    for (const [who, action] of [
      [WRITER, 'submit'],
      [MANAGER, 'approve'],
      [MANAGER, 'publish'],
    ] as const)
      await act(who, MEDIA_RELEASES, id, { action })
    expect(await archiveDue(harness.payload, new Date(unpublishAt.getTime() - 1000))).toBe(0)
    expect((await publicView(MEDIA_RELEASES, id)).status).toBe(200)
    expect(await archiveDue(harness.payload, new Date(unpublishAt.getTime() + 1000))).toBe(1)
    expect((await publicView(MEDIA_RELEASES, id)).status).toBe(404)
    expect((await history(MEDIA_RELEASES, id)).at(-1)).toMatchObject({
      action: 'archive',
      toState: 'archived',
      actorName: 'System (scheduled)',
    })
  })
})

describe('embargo', () => {
  it('a published release stays hidden from the public until its embargo lifts', async () => {
    const embargoUntil = new Date(Date.now() + 3_600_000)
    const id = await draft(WRITER, 'Embargoed announcement', MEDIA_RELEASES, {
      embargoUntil: embargoUntil.toISOString(),
    })
    await act(WRITER, MEDIA_RELEASES, id, { action: 'submit' })
    await act(MANAGER, MEDIA_RELEASES, id, { action: 'approve' })
    await act(MANAGER, MEDIA_RELEASES, id, { action: 'publish' })
    expect((await publicView(MEDIA_RELEASES, id)).status).toBe(404)
    const list = await harness.rest('GET', `/${MEDIA_RELEASES}?limit=200&depth=0`)
    expect(list.body.docs.some((doc: any) => doc.id === id)).toBe(false)
    expect((await harness.rest('GET', `/${MEDIA_RELEASES}/${id}`, { as: WRITER })).status).toBe(200)
    // An hour later (the clock moved, not waited for): the public sees it.
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(embargoUntil.getTime() + 1000)
    try {
      expect((await publicView(MEDIA_RELEASES, id)).status).toBe(200)
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('withdrawal and archiving', () => {
  it('withdrawing needs a public reason and leaves the page up with it', async () => {
    const id = await publishedByWorkflow('Road closure that was cancelled')
    expect((await act(MANAGER, MEDIA_RELEASES, id, { action: 'withdraw' })).status).toBe(400)
    const withdrawn = await act(MANAGER, MEDIA_RELEASES, id, {
      action: 'withdraw',
      comment: 'The closure was cancelled.',
    })
    expect(withdrawn.status).toBe(200)
    const page = await publicView(MEDIA_RELEASES, id)
    expect(page.body).toMatchObject({
      workflowState: 'withdrawn',
      withdrawalReason: 'The closure was cancelled.',
      title: 'Road closure that was cancelled',
    })
    expect(page.body.withdrawnAt).toBeTruthy()
  })

  it('withdrawing while edits wait in draft acts on the live version', async () => {
    const id = await publishedByWorkflow('Live text to withdraw')
    await harness.rest('PATCH', `/${MEDIA_RELEASES}/${id}?draft=true`, {
      as: WRITER,
      body: { title: 'Unreviewed edit' },
    })
    const withdrawn = await act(MANAGER, MEDIA_RELEASES, id, {
      action: 'withdraw',
      comment: 'Superseded.',
    })
    expect(withdrawn.body.errors ?? []).toEqual([])
    const page = await publicView(MEDIA_RELEASES, id)
    expect(page.body).toMatchObject({ title: 'Live text to withdraw', workflowState: 'withdrawn' })
  })

  it('archiving takes the item off the public site', async () => {
    const id = await publishedByWorkflow('Old news')
    expect((await act(MANAGER, MEDIA_RELEASES, id, { action: 'archive' })).status).toBe(200)
    expect((await publicView(MEDIA_RELEASES, id)).status).toBe(404)
  })
})

describe('the urgent path (emergency bulletins)', () => {
  it('an emergency officer publishes at once with a reason; another person confirms the review', async () => {
    const id = await draft(OFFICER, 'Boil water advisory: Ward 3', EMERGENCY_BULLETINS)
    expect(
      (await act(OFFICER, EMERGENCY_BULLETINS, id, { action: 'urgent-publish' })).body.errors[0],
    ).toMatchObject({ field: 'comment' })
    const urgent = await act(OFFICER, EMERGENCY_BULLETINS, id, {
      action: 'urgent-publish',
      comment: 'Water main break; residents must boil water now.',
    })
    expect(urgent.status).toBe(200)
    expect((await publicView(EMERGENCY_BULLETINS, id)).body).toMatchObject({
      workflowState: 'published_needs_review',
    })

    const self = await act(OFFICER, EMERGENCY_BULLETINS, id, { action: 'confirm-review' })
    expect(self.status).toBe(403)
    expect(self.body.errors[0].message).toMatch(/You published this urgently/)
    expect((await act(WRITER, EMERGENCY_BULLETINS, id, { action: 'confirm-review' })).status).toBe(
      403,
    )

    expect(
      (await act(OFFICER2, EMERGENCY_BULLETINS, id, { action: 'confirm-review' })).status,
    ).toBe(200)
    expect((await publicView(EMERGENCY_BULLETINS, id)).body.workflowState).toBe('published')
    const entries = await history(EMERGENCY_BULLETINS, id)
    expect(entries.map((e: any) => e.action)).toEqual(['urgent-publish', 'confirm-review'])
    expect(entries[0].comment).toBe('Water main break; residents must boil water now.')
  })

  it('a writer cannot publish urgently, and other content types have no urgent path', async () => {
    const bulletin = await draft(OFFICER, 'Officer bulletin', EMERGENCY_BULLETINS)
    expect(
      (
        await act(WRITER, EMERGENCY_BULLETINS, bulletin, {
          action: 'urgent-publish',
          comment: 'Hurry',
        })
      ).status,
    ).toBe(403)
    const release = await draft(WRITER, 'Urgent release?')
    expect(
      (await act(ADMIN, MEDIA_RELEASES, release, { action: 'urgent-publish', comment: 'Hurry' }))
        .status,
    ).toBe(409)
  })

  it('the other reviewers of bulletins (emergency officers, admins) hear about an urgent publication', async () => {
    const before = (await outbox(harness.payload)).length
    const id = await draft(OFFICER2, 'Extreme cold warning', EMERGENCY_BULLETINS)
    await act(OFFICER2, EMERGENCY_BULLETINS, id, {
      action: 'urgent-publish',
      comment: 'Overnight low of -35.',
    })
    const sent = (await outbox(harness.payload)).slice(before)
    expect(sent.filter((m) => m.subject.startsWith('Published urgently')).map((m) => m.to)).toEqual(
      expect.arrayContaining(['emergency@city.example', 'admin@city.example']),
    )
  })
})

describe('no way around the workflow', () => {
  it('a bulk PATCH cannot publish or change live items', async () => {
    const live = await publishedByWorkflow('Bulk target')
    const bulk = await harness.rest('PATCH', `/${MEDIA_RELEASES}?where[id][equals]=${live}`, {
      as: ADMIN,
      body: { title: 'Bulk edited' },
    })
    expect(bulk.status).toBe(403)
    expect((await publicView(MEDIA_RELEASES, live)).body.title).toBe('Bulk target')
  })

  it('workflowState cannot be written through the API', async () => {
    const id = await draft(WRITER, 'State write attempt')
    await harness.rest('PATCH', `/${MEDIA_RELEASES}/${id}?draft=true`, {
      as: ADMIN,
      body: { workflowState: 'approved' },
    })
    const options = await harness.rest('GET', `/${MEDIA_RELEASES}/${id}/workflow`, { as: ADMIN })
    expect(options.body.state).toBe('draft')
  })

  it('the audit is append-only: nobody creates, edits or deletes entries through the API', async () => {
    await publishedByWorkflow('Audited item')
    const { docs } = await harness.payload.find({ collection: WORKFLOW_AUDIT, limit: 1 })
    const entry = docs[0]!
    for (const who of [ADMIN, MANAGER, WRITER]) {
      expect(
        (
          await harness.rest('PATCH', `/${WORKFLOW_AUDIT}/${entry.id}`, {
            as: who,
            body: { comment: 'rewritten' },
          })
        ).status,
      ).toBe(403)
      expect(
        (await harness.rest('DELETE', `/${WORKFLOW_AUDIT}/${entry.id}`, { as: who })).status,
      ).toBe(403)
      expect(
        (
          await harness.rest('POST', `/${WORKFLOW_AUDIT}`, {
            as: who,
            body: { ...entry, id: undefined },
          })
        ).status,
      ).toBe(403)
    }
    expect((await harness.rest('GET', `/${WORKFLOW_AUDIT}`)).status).toBe(403)
    expect(
      (await harness.rest('GET', `/${MEDIA_RELEASES}/${entry.itemId}/workflow/history`)).status,
    ).toBe(401)
    const again = await harness.payload.findByID({ collection: WORKFLOW_AUDIT, id: entry.id })
    expect(again.comment).toBe(entry.comment)
  })
})
