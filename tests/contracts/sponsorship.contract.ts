import { describe, expect, it } from 'vitest'

import { SPONSOR_INQUIRIES, SPONSORSHIP_PACKAGES, SPONSORSHIP_SLOTS } from '../../cms/core/slugs'
import { validContent } from '../helpers/fixtures'
import type { Harness } from '../helpers/harness'

/**
 * The sponsorship pipeline's guarantees, run on SQLite (tests/sponsorship.int.test.ts) and on MongoDB
 * when MONGODB_URL is set (tests/access.mongodb.int.test.ts): screening blocks an agreement until a
 * manager approves, and the database's unique (package, slot) index decides a last-slot race.
 */
export const sponsorshipPipelineContract = (harness: () => Harness) => {
  const COORDINATOR = 'sponsorship@city.example'
  const MANAGER = 'manager@city.example'
  let counter = 0
  const publishedPackage = async (title: string, extra: Record<string, unknown> = {}) =>
    harness().payload.create({
      collection: SPONSORSHIP_PACKAGES,
      data: {
        ...validContent(SPONSORSHIP_PACKAGES, title),
        _status: 'published',
        workflowState: 'published',
        ...extra,
      } as never,
      overrideAccess: true,
      context: { seed: true },
    })
  const send = (body: Record<string, unknown>) =>
    harness().rest('POST', `/${SPONSOR_INQUIRIES}`, {
      body,
      headers: { 'x-forwarded-for': `198.51.100.${(counter += 1) % 250}` },
    })
  const inquiry = (extra: Record<string, unknown> = {}) => ({
    organisation: 'Contract Co',
    contactName: 'Pat',
    email: `contract${(counter += 1)}@example.com`,
    message: 'Hello.',
    consent: true,
    ...extra,
  })
  const step = (
    id: number | string,
    action: string,
    as = COORDINATOR,
    extra: Record<string, unknown> = {},
  ) =>
    harness().rest('POST', `/${SPONSOR_INQUIRIES}/${id}/pipeline`, {
      as,
      body: { action, ...extra },
    })
  const stored = async (id: number | string) =>
    (await harness().payload.findByID({
      collection: SPONSOR_INQUIRIES,
      id,
      overrideAccess: true,
      depth: 0,
    })) as unknown as Record<string, any>
  const toProposal = async (
    packageId: number | string,
    sector: string,
    extra: Record<string, unknown> = {},
  ) => {
    const id = (await send(inquiry({ package: packageId, ...extra }))).body.doc.id as number
    expect((await step(id, 'contact')).status).toBe(200)
    expect((await step(id, 'screen', COORDINATOR, { sector })).status).toBe(200)
    expect((await step(id, 'propose')).status).toBe(200)
    return id
  }

  describe('the sponsorship pipeline (contract)', () => {
    it('screening blocks an excluded sector until a communications manager approves', async () => {
      const pkg = await publishedPackage('Youth soccer league', { totalSlots: 2 })
      const id = await toProposal(pkg.id, 'Cannabis')
      const blocked = await step(id, 'agree')
      expect(blocked.status).toBe(422)
      expect(blocked.body.errors[0].message).toMatch(
        /communications manager must approve.*Cannabis sector is on the City's exclusion list/,
      )
      expect((await stored(id)).state).toBe('proposal')
      const byCoordinator = await step(id, 'approve', COORDINATOR, { comment: 'fine by me' })
      expect(byCoordinator.status).toBe(403)
      expect((await step(id, 'approve', MANAGER)).status).toBe(400) // a reason is required
      expect(
        (
          await step(id, 'approve', MANAGER, {
            comment: 'Medical cannabis clinic; adults-only signage. Approved by the director.',
          })
        ).status,
      ).toBe(200)
      expect((await step(id, 'agree')).status).toBe(200)
      expect((await stored(id)).state).toBe('agreement')
    })

    it('a value above the approval threshold needs approval too, and raising the value after approval needs it again', async () => {
      const pkg = await publishedPackage('Naming rights: east arena', {
        value: 60_000,
        tier: 'builder',
      })
      const id = await toProposal(pkg.id, 'Retail')
      expect((await step(id, 'agree')).body.errors[0].message).toMatch(
        /above the \$50,000 approval threshold/,
      )
      expect((await step(id, 'approve', MANAGER, { comment: 'Council endorsed' })).status).toBe(200)
      await harness().rest('PATCH', `/${SPONSOR_INQUIRIES}/${id}`, {
        as: COORDINATOR,
        body: { proposedValue: 90_000 },
      })
      expect((await step(id, 'agree')).status).toBe(422)
      expect(
        (await step(id, 'approve', MANAGER, { comment: 'Higher value endorsed' })).status,
      ).toBe(200)
      expect((await step(id, 'agree')).status).toBe(200)
      expect((await stored(id)).committedValue).toBe(90_000)
    })

    it('two agreements racing for the last slot: one wins, the other is refused clearly, and the package shows sold out', async () => {
      const pkg = await publishedPackage('Fireworks presenting sponsor', {
        totalSlots: 2,
        slotsTakenElsewhere: 1,
      })
      const a = await toProposal(pkg.id, 'Banking and finance', { organisation: 'First Bank' })
      const b = await toProposal(pkg.id, 'Technology', { organisation: 'Second Tech' })
      expect(
        (await harness().rest('GET', `/${SPONSORSHIP_PACKAGES}/${pkg.id}`)).body,
      ).toMatchObject({ totalSlots: 2, takenSlots: 1, availableSlots: 1 })
      const answers = await Promise.all([step(a, 'agree'), step(b, 'agree')])
      expect(answers.map((r) => r.status).sort()).toEqual([200, 409])
      const loser = answers.find((r) => r.status === 409)!
      expect(loser.body.errors[0].message).toBe(
        '"Fireworks presenting sponsor" is sold out: all 1 of its slots are taken by agreements. Decline this inquiry or offer the sponsor another package.',
      )
      const states = [(await stored(a)).state, (await stored(b)).state].sort()
      expect(states).toEqual(['agreement', 'proposal'])
      expect(
        (await harness().rest('GET', `/${SPONSORSHIP_PACKAGES}/${pkg.id}`)).body,
      ).toMatchObject({ takenSlots: 2, availableSlots: 0 })
      // Declining the agreement gives the slot back.
      const winner = (await stored(a)).state === 'agreement' ? a : b
      expect(
        (await step(winner, 'decline', COORDINATOR, { comment: 'Sponsor withdrew' })).status,
      ).toBe(200)
      expect(
        (await harness().rest('GET', `/${SPONSORSHIP_PACKAGES}/${pkg.id}`)).body,
      ).toMatchObject({ availableSlots: 1 })
    })

    it('the database itself refuses a second claim on the same slot (the guarantee the race relies on)', async () => {
      const pkg = await publishedPackage('Index check', { totalSlots: 5 })
      const one = (await send(inquiry())).body.doc.id
      const two = (await send(inquiry())).body.doc.id
      await harness().payload.create({
        collection: SPONSORSHIP_SLOTS,
        data: { package: pkg.id, slot: 1, inquiry: one } as never,
        overrideAccess: true,
      })
      await expect(
        harness().payload.create({
          collection: SPONSORSHIP_SLOTS,
          data: { package: pkg.id, slot: 1, inquiry: two } as never,
          overrideAccess: true,
        }),
      ).rejects.toThrow()
      await expect(
        harness().payload.create({
          collection: SPONSORSHIP_SLOTS,
          data: { package: pkg.id, slot: 2, inquiry: one } as never,
          overrideAccess: true,
        }),
      ).rejects.toThrow()
    })
  })
}
