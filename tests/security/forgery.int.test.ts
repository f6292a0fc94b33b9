import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { EMERGENCY_BULLETINS } from '../../cms/core/slugs'
import { validContent } from '../helpers/fixtures'
import { type Harness, startHarness } from '../helpers/harness'

/**
 * A forged emergency bulletin is a public incident: only emergency officers and admins create, publish,
 * update or cancel one, through REST, the workflow, the follow-up endpoint or a bulk update. (CAP,
 * active.json and the feeds are files the publishing code writes; the site server refuses every write:
 * site/server/staticServer.test.ts.)
 */
let harness: Harness
let live: number
beforeAll(async () => {
  harness = await startHarness()
  const created = await harness.rest('POST', `/${EMERGENCY_BULLETINS}`, {
    as: 'emergency@city.example',
    body: validContent(EMERGENCY_BULLETINS, 'Boil water advisory'),
  })
  live = created.body.doc.id
  expect(
    (
      await harness.rest('POST', `/${EMERGENCY_BULLETINS}/${live}/workflow`, {
        as: 'emergency@city.example',
        body: { action: 'urgent-publish', comment: 'Main break' },
      })
    ).status,
  ).toBe(200)
})
afterAll(async () => harness?.close())

const OTHERS = [
  undefined,
  'manager@city.example',
  'writer@city.example',
  'sponsorship@city.example',
] as const
const who = (as: (typeof OTHERS)[number]) => as ?? 'the public'

describe.each(OTHERS)('as %s', (as) => {
  const refused = (status: number) =>
    expect([401, 403], `${who(as)} got ${status}`).toContain(status)

  it('cannot create a bulletin', async () => {
    refused(
      (
        await harness.rest('POST', `/${EMERGENCY_BULLETINS}`, {
          as,
          body: validContent(EMERGENCY_BULLETINS, 'Forged evacuation order'),
        })
      ).status,
    )
  })
  it('cannot publish, withdraw or confirm one through the workflow', async () => {
    for (const action of ['urgent-publish', 'publish', 'withdraw', 'archive', 'confirm-review']) {
      refused(
        (
          await harness.rest('POST', `/${EMERGENCY_BULLETINS}/${live}/workflow`, {
            as,
            body: { action, comment: 'forged' },
          })
        ).status,
      )
    }
  })
  it('cannot issue an Update or a Cancel', async () => {
    for (const kind of ['update', 'cancel'])
      refused(
        (
          await harness.rest('POST', `/${EMERGENCY_BULLETINS}/${live}/follow-up`, {
            as,
            body: { kind },
          })
        ).status,
      )
  })
  it('cannot change the live bulletin, one by one or in bulk', async () => {
    refused(
      (
        await harness.rest('PATCH', `/${EMERGENCY_BULLETINS}/${live}`, {
          as,
          body: { headline: 'All clear (forged)' },
        })
      ).status,
    )
    const bulk = await harness.rest('PATCH', `/${EMERGENCY_BULLETINS}?where[id][equals]=${live}`, {
      as,
      body: { headline: 'All clear (forged)' },
    })
    expect(bulk.status === 403 || bulk.status === 401 || (bulk.body.docs ?? []).length === 0).toBe(
      true,
    )
    const stored = await harness.payload.findByID({
      collection: EMERGENCY_BULLETINS,
      id: live,
      overrideAccess: true,
      draft: true,
    })
    expect(stored.headline ?? '').not.toMatch(/forged/)
  })
})

describe('emergency officers', () => {
  it('can do each of those (so the refusals above are about the role, not a broken path)', async () => {
    const followUp = await harness.rest('POST', `/${EMERGENCY_BULLETINS}/${live}/follow-up`, {
      as: 'emergency@city.example',
      body: { kind: 'update' },
    })
    expect(followUp.status).toBe(201)
  })
})
