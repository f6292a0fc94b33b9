import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { SPONSOR_INQUIRIES, SPONSORSHIP_PACKAGES, SPONSORSHIP_POLICY } from '../cms/core/slugs'
import { sponsorshipDashboard } from '../cms/sponsorship/dashboard'
import { validContent } from './helpers/fixtures'
import { type Harness, startHarness } from './helpers/harness'

/** The dashboard's numbers on a database of its own, with inquiries arriving at chosen times. */
let harness: Harness
beforeAll(async () => {
  harness = await startHarness()
})
afterAll(async () => harness?.close())
afterEach(() => vi.useRealTimers())

const at = async (iso: string, organisation: string, extra: Record<string, unknown> = {}) => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(iso))
  const doc = await harness.payload.create({
    collection: SPONSOR_INQUIRIES,
    data: {
      organisation,
      contactName: 'A',
      email: 'a@example.com',
      message: 'Hello',
      consent: true,
      ...extra,
    } as never,
    overrideAccess: true,
    context: { skipInquiryMail: true },
  })
  vi.useRealTimers()
  return doc.id as number
}
const step = (
  id: number,
  action: string,
  body: Record<string, unknown> = {},
  as = 'sponsorship@city.example',
) => harness.rest('POST', `/${SPONSOR_INQUIRIES}/${id}/pipeline`, { as, body: { action, ...body } })

describe('sponsorship dashboard', () => {
  it('counts open inquiries by state, overdue and due-today replies, and committed value against the target', async () => {
    await harness.payload.updateGlobal({
      slug: SPONSORSHIP_POLICY,
      data: { annualTarget: 100_000, approvalThreshold: 50_000 } as never,
      overrideAccess: true,
    })
    const pkg = await harness.payload.create({
      collection: SPONSORSHIP_PACKAGES,
      data: {
        ...validContent(SPONSORSHIP_PACKAGES, 'Stage'),
        value: 20_000,
        totalSlots: 5,
        _status: 'published',
        workflowState: 'published',
      } as never,
      overrideAccess: true,
      context: { seed: true },
    })
    const overdue = await at('2026-11-26T15:00:00Z', 'Late Ltd') // due Tue 1 Dec
    const dueToday = await at('2026-12-02T15:00:00Z', 'Today Inc') // due Mon 7 Dec
    await at('2026-12-07T14:00:00Z', 'Fresh Co') // due Thu 10 Dec
    const answered = await at('2026-11-20T15:00:00Z', 'Answered Corp', { package: pkg.id }) // due Wed 25 Nov, but contacted
    // The pipeline steps happen in the test's world too (Mon 7 Dec 2026), whatever today's date is:
    // the dashboard counts agreements of the calendar year it is asked about.
    // A session lives two hours on its own clock: one opened in the test's world is not valid in the
    // real one and the other way round, so the steps in the test's world are taken by another person
    // (a manager) than the one who later reads on the real clock (it failed from 2027 on).
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-12-07T14:30:00Z'))
    const manager = 'manager@city.example'
    expect((await step(answered, 'contact', {}, manager)).status).toBe(200)
    await step(answered, 'screen', { sector: 'Retail' }, manager)
    await step(answered, 'propose', {}, manager)
    expect((await step(answered, 'agree', {}, manager)).status).toBe(200)
    vi.useRealTimers()

    const data = await sponsorshipDashboard(harness.payload, new Date('2026-12-07T15:00:00Z')) // Mon 7 Dec, 10:00 Toronto
    expect(data.byState).toEqual({ new: 3, contacted: 0, proposal: 0, agreement: 1, active: 0 })
    expect(data.overdue.items.map((i) => i.id)).toEqual([overdue])
    expect(data.dueToday.items.map((i) => i.id)).toEqual([dueToday])
    // The agreement of 7 Dec 2026 counts for 2026; the target comes from the policy.
    expect(data.committed).toMatchObject({ total: 20_000, target: 100_000, agreements: 1 })

    // After the day ends, "due today" becomes overdue.
    const tomorrow = await sponsorshipDashboard(harness.payload, new Date('2026-12-08T05:00:00Z'))
    expect(tomorrow.overdue.items.map((i) => i.id).sort()).toEqual([overdue, dueToday].sort())
    expect(tomorrow.dueToday.count).toBe(0)
    // A new year starts from zero.
    const nextYear = await sponsorshipDashboard(harness.payload, new Date('2027-01-04T15:00:00Z'))
    expect(nextYear.committed).toMatchObject({ year: 2027, total: 0, agreements: 0 })
  })

  it('the dashboard link filters are the same queries the counts use (the admin list view takes them as is)', async () => {
    const answer = await harness.rest(
      'GET',
      `/${SPONSOR_INQUIRIES}?where[and][0][respondedAt][exists]=false&where[and][1][state][equals]=new&where[and][2][responseDueAt][less_than]=2026-12-07T15:00:00.000Z`,
      { as: 'sponsorship@city.example' },
    )
    expect(answer.status).toBe(200)
    expect(answer.body.docs.map((d: { organisation: string }) => d.organisation)).toEqual([
      'Late Ltd',
    ])
  })
})
