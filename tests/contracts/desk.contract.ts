import { beforeAll, describe, expect, it } from 'vitest'

import {
  CORRESPONDENCE,
  CORRESPONDENCE_FILES,
  CORRESPONDENCE_MESSAGES,
  DEPARTMENTS,
  DESK_AUDIT,
  DESK_MACROS,
  DESK_SETTINGS,
} from '../../cms/core/slugs'
import { openCase } from '../../cms/desk/cases'
import type { Harness, StaffUser } from '../helpers/harness'
import { ACTOR_EMAIL, ACTORS, type Actor, attempt } from './access.contract'

/**
 * Who may do what on the customer-service desk, written out as the specification. Correspondence is
 * personal information: the desk (agents, communications managers, admins) sees every case; other
 * staff see only their department's and their own, sponsorship coordinators also the sponsorship
 * cases; the public nothing. Cases open only through the desk's services.
 */
const DESK: Actor[] = ['admin', 'manager', 'desk']
const MANAGERS: Actor[] = ['admin', 'manager']

export const deskAccessContract = (harness: () => Harness) => {
  const who = (actor: Actor): StaffUser | undefined =>
    actor === 'public' ? undefined : harness().user(ACTOR_EMAIL[actor])
  const ids = { communications: '', publicWorks: '', sponsorship: '' }
  let departments: Record<string, number | string> = {}

  beforeAll(async () => {
    const { payload } = harness()
    const found = await payload.find({
      collection: DEPARTMENTS,
      pagination: false,
      overrideAccess: true,
    })
    departments = Object.fromEntries(found.docs.map((d) => [d.name, d.id]))
    const open = async (department: string, kind: 'general' | 'sponsorship' = 'general') =>
      String(
        (
          await openCase(payload, {
            channel: 'web',
            kind,
            language: 'en',
            subject: `Contract case for ${department}`,
            message: 'A message.',
            contactName: 'Casey Contract',
            email: 'casey@example.ca',
            department: departments[department]!,
          })
        ).id,
      )
    ids.communications = await open('Corporate Communications')
    ids.publicWorks = await open('Public Works')
    ids.sponsorship = await open('Public Works', 'sponsorship')
  })

  /** The cases each actor may read and work on. */
  const visible = (actor: Actor): (keyof typeof ids)[] => {
    if (DESK.includes(actor)) return ['communications', 'publicWorks', 'sponsorship']
    if (actor === 'writer') return ['communications']
    if (actor === 'sponsorship') return ['sponsorship']
    return []
  }

  describe.each(ACTORS)('correspondence as %s', (actor) => {
    it(`read: ${visible(actor).join(', ') || 'nothing'}`, async () => {
      const { payload } = harness()
      const result = await attempt(() =>
        payload.find({
          collection: CORRESPONDENCE,
          user: who(actor),
          overrideAccess: false,
          pagination: false,
        }),
      )
      if (actor === 'public') return expect(result).toBe(403)
      const found = await payload.find({
        collection: CORRESPONDENCE,
        user: who(actor),
        overrideAccess: false,
        pagination: false,
        depth: 0,
      })
      const seen = new Set(found.docs.map((d) => String(d.id)))
      for (const key of Object.keys(ids) as (keyof typeof ids)[])
        expect(seen.has(ids[key]), key).toBe(visible(actor).includes(key))
    })

    it('create through Payload: refused (cases open through POST /api/correspondence)', async () => {
      const result = await attempt(() =>
        harness().payload.create({
          collection: CORRESPONDENCE,
          data: { channel: 'web', kind: 'general', language: 'en', state: 'new' } as never,
          user: who(actor),
          overrideAccess: false,
        }),
      )
      expect(result).toBe(actor === 'public' ? 403 : 400)
    })

    it(`update: ${visible(actor).length ? 'the cases it reads' : 'refused'}`, async () => {
      for (const key of Object.keys(ids) as (keyof typeof ids)[]) {
        const result = await attempt(() =>
          harness().payload.update({
            collection: CORRESPONDENCE,
            id: ids[key],
            data: { notes: `Noted by ${actor}` },
            user: who(actor),
            overrideAccess: false,
          }),
        )
        expect(result, key).toBe(visible(actor).includes(key) ? 'ok' : 403)
      }
    })

    it('update of the clock, the state, the reference, merges or links: ignored for everyone', async () => {
      if (!visible(actor).length) return
      const id = ids[visible(actor)[0]!]
      const before = await harness().payload.findByID({
        collection: CORRESPONDENCE,
        id,
        overrideAccess: true,
      })
      await harness().payload.update({
        collection: CORRESPONDENCE,
        id,
        data: {
          state: 'closed',
          reference: 'C-1999-000001',
          responseDueAt: '2099-01-01T00:00:00Z',
          mergedInto: before.id,
          linkedCases: [before.id],
        } as never,
        user: who(actor),
        overrideAccess: false,
      })
      const after = await harness().payload.findByID({
        collection: CORRESPONDENCE,
        id,
        overrideAccess: true,
      })
      expect(after.state).toBe(before.state)
      expect(after.reference).toBe(before.reference)
      expect(after.responseDueAt).toBe(before.responseDueAt)
      expect(after.mergedInto ?? null).toBeNull()
      expect(after.linkedCases ?? []).toEqual([])
    })

    it(`delete: ${actor === 'admin' ? 'allowed' : 'refused'}`, async () => {
      const doomed = await openCase(harness().payload, {
        channel: 'phone',
        kind: 'general',
        language: 'en',
        message: 'Delete me.',
      })
      const result = await attempt(() =>
        harness().payload.delete({
          collection: CORRESPONDENCE,
          id: doomed.id,
          user: who(actor),
          overrideAccess: false,
        }),
      )
      expect(result).toBe(actor === 'admin' ? 'ok' : 403)
    })
  })

  describe.each(ACTORS)('the desk’s other records as %s', (actor) => {
    it.each([CORRESPONDENCE_MESSAGES, CORRESPONDENCE_FILES, DESK_AUDIT] as const)(
      `%s: read by the desk only; nobody writes through the API`,
      async (slug) => {
        const read = await attempt(() =>
          harness().payload.find({ collection: slug, user: who(actor), overrideAccess: false }),
        )
        expect(read).toBe(DESK.includes(actor) ? 'ok' : 403)
        if (slug === CORRESPONDENCE_FILES) return
        const create = await attempt(() =>
          harness().payload.create({
            collection: slug,
            data: {
              case: ids.communications,
              action: 'forged',
              direction: 'in',
              at: new Date().toISOString(),
            } as never,
            user: who(actor),
            overrideAccess: false,
          }),
        )
        expect(create).toBe(403)
      },
    )

    it('departments: staff read; managers write; admins delete', async () => {
      const { payload } = harness()
      const read = await attempt(() =>
        payload.find({ collection: DEPARTMENTS, user: who(actor), overrideAccess: false }),
      )
      expect(read).toBe(actor === 'public' ? 403 : 'ok')
      const created = await attempt(() =>
        payload.create({
          collection: DEPARTMENTS,
          data: { name: `Made by ${actor}`, nameFr: `Créé par ${actor}` },
          user: who(actor),
          overrideAccess: false,
        }),
      )
      expect(created).toBe(MANAGERS.includes(actor) ? 'ok' : 403)
      const scratch = await payload.create({
        collection: DEPARTMENTS,
        data: { name: `Scratch for ${actor}`, nameFr: `Brouillon ${actor}` },
        overrideAccess: true,
      })
      const updated = await attempt(() =>
        payload.update({
          collection: DEPARTMENTS,
          id: scratch.id,
          data: { email: 'x@city.example' },
          user: who(actor),
          overrideAccess: false,
        }),
      )
      expect(updated).toBe(MANAGERS.includes(actor) ? 'ok' : 403)
      const removed = await attempt(() =>
        payload.delete({
          collection: DEPARTMENTS,
          id: scratch.id,
          user: who(actor),
          overrideAccess: false,
        }),
      )
      expect(removed).toBe(actor === 'admin' ? 'ok' : 403)
    })

    it('macros: staff read; the desk’s managers write all, a department’s manager its own', async () => {
      const { payload } = harness()
      const user = who(actor)
      const read = await attempt(() =>
        payload.find({ collection: DESK_MACROS, user, overrideAccess: false }),
      )
      expect(read).toBe(actor === 'public' ? 403 : 'ok')
      // A department this actor manages, and one they do not.
      const theirs = await payload.create({
        collection: DEPARTMENTS,
        data: {
          name: `Managed by ${actor}`,
          nameFr: `Gérée par ${actor}`,
          manager: user ? Number(user.id) : null,
        },
        overrideAccess: true,
      })
      const macro = (department: number | string | null) => ({
        name: `Macro of ${actor}`,
        department: department === null ? null : Number(department),
        text: 'Hello {firstName}, about {reference}.',
        textFr: 'Bonjour {firstName}, au sujet de {reference}.',
        afterwards: 'answered' as const,
        assignTo: 'unchanged' as const,
      })
      const write = (department: number | string | null) =>
        attempt(() =>
          payload.create({
            collection: DESK_MACROS,
            data: macro(department),
            user,
            overrideAccess: false,
          }),
        )
      const deskManager = MANAGERS.includes(actor)
      expect(await write(null)).toBe(deskManager ? 'ok' : 403)
      expect(await write(departments['Public Works']!)).toBe(deskManager ? 'ok' : 403)
      // Every staff member here manages `theirs`; the public manages nothing.
      expect(await write(theirs.id)).toBe(actor === 'public' ? 403 : 'ok')
      for (const department of [theirs.id, departments['Public Works']!]) {
        const existing = await payload.create({
          collection: DESK_MACROS,
          data: macro(department),
          overrideAccess: true,
        })
        const mayChange = actor !== 'public' && (deskManager || department === theirs.id)
        const updated = await attempt(() =>
          payload.update({
            collection: DESK_MACROS,
            id: existing.id,
            data: { name: 'Renamed' },
            user,
            overrideAccess: false,
          }),
        )
        expect(updated).toBe(mayChange ? 'ok' : 403)
        const removed = await attempt(() =>
          payload.delete({ collection: DESK_MACROS, id: existing.id, user, overrideAccess: false }),
        )
        expect(removed).toBe(mayChange ? 'ok' : 403)
      }
      // Nobody but the system counts uses, not even those who write macros.
      if (!deskManager) return
      const counted = await payload.create({
        collection: DESK_MACROS,
        data: { ...macro(null), uses: 500 } as never,
        user,
        overrideAccess: false,
      })
      expect(counted.uses ?? 0).toBe(0)
    })

    it('desk settings: the desk reads; managers change', async () => {
      const { payload } = harness()
      const read = await attempt(() =>
        payload.findGlobal({ slug: DESK_SETTINGS, user: who(actor), overrideAccess: false }),
      )
      expect(read).toBe(DESK.includes(actor) ? 'ok' : 403)
      const update = await attempt(() =>
        payload.updateGlobal({
          slug: DESK_SETTINGS,
          data: { digestHour: 8 },
          user: who(actor),
          overrideAccess: false,
        }),
      )
      expect(update).toBe(MANAGERS.includes(actor) ? 'ok' : 403)
    })
  })
}
