import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEPARTMENTS, MEDIA_RELEASES } from '../cms/core/slugs'
import { openCase } from '../cms/desk/cases'
import { yourWork } from '../cms/home/work'
import { validContent } from './helpers/fixtures'
import { type Harness, startHarness } from './helpers/harness'

/** The dashboard's first panel by role: what each person must do, each count a filtered list. */
let harness: Harness
beforeAll(async () => {
  harness = await startHarness()
})
afterAll(async () => harness?.close())

const HOUR = 3_600_000

describe('your work', () => {
  it('an agent sees their cases due today and overdue, by name, and their department’s unassigned', async () => {
    const desk = harness.user('desk@city.example')
    const { docs } = await harness.payload.find({
      collection: DEPARTMENTS,
      where: { name: { equals: 'Customer Service' } },
      overrideAccess: true,
    })
    const customerService = docs[0]!.id
    // Monday 2026-12-07 at 10:00 Toronto.
    const now = new Date('2026-12-07T10:00:00-05:00')
    const open = (subject: string, receivedAt: Date, assignee: number | string | null) =>
      openCase(harness.payload, {
        channel: 'phone',
        kind: 'general',
        language: 'en',
        subject,
        message: 'x',
        receivedAt,
        assignee,
        department: customerService,
      })
    // A call on Thursday is due Monday's end (2 business days); one the Wednesday before is late.
    const dueToday = await open('Due today', new Date('2026-12-03T11:00:00-05:00'), desk.id)
    const late = await open('Late', new Date('2026-12-02T09:00:00-05:00'), desk.id)
    await open('Nobody has it', new Date(now.getTime() - HOUR), null)
    await open(
      'Not mine, not due',
      new Date(now.getTime() - HOUR),
      harness.user('admin@city.example').id,
    )
    const groups = await yourWork(
      harness.payload,
      { ...desk, department: customerService },
      'en',
      now,
    )
    const agent = groups.find((g) => g.role === 'agent')!
    expect(agent.tasks.map((task) => task.label)).toEqual([
      '1 of your cases is due a reply today',
      '1 of your cases is overdue',
      '1 unassigned case in your department',
    ])
    expect(agent.tasks[0]!.items).toEqual([
      {
        label: `${dueToday.reference}: Due today`,
        href: `/admin/collections/correspondence/${dueToday.id}`,
      },
    ])
    expect(agent.tasks[1]!.items![0]!.label).toBe(`${late.reference}: Late`)
    // Each count opens the list it counts.
    expect(decodeURIComponent(agent.tasks[1]!.href)).toMatch(
      /^\/admin\/collections\/correspondence\?where\[and\]\[0\]\[assignee\]\[equals\]=\d+&/,
    )
    // Not a writer, not an emergency officer: nothing of theirs.
    expect(groups.map((g) => g.role)).toEqual(['agent'])
  })

  it('a writer sees their drafts; the public and nobody see nothing', async () => {
    const writer = harness.user('writer@city.example')
    const created = await harness.rest('POST', `/${MEDIA_RELEASES}`, {
      as: writer.email,
      body: validContent(MEDIA_RELEASES, 'A draft of mine'),
    })
    expect(created.status).toBe(201)
    const groups = await yourWork(harness.payload, writer, 'en')
    expect(groups.map((g) => [g.role, g.tasks.map((task) => task.label)])).toEqual([
      ['writer', ['1 of your drafts: Media release']],
    ])
    expect(await yourWork(harness.payload, null, 'en')).toEqual([])
  })
})
