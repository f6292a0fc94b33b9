import { beforeAll, describe, expect, it } from 'vitest'

import {
  CITY_CALENDAR,
  SPONSORSHIP_POLICY,
  CONTENT_SLUGS,
  type ContentSlug,
  DELIVERIES,
  MEDIA,
  MEDIA_RELEASES,
  PUBLICATIONS,
  RETIRED_ITEMS,
  SENDS,
  SPONSOR_INQUIRIES,
  SPONSORSHIP_AUDIT,
  SPONSORSHIP_SLOTS,
  SUBSCRIBERS,
  USERS,
} from '../../cms/core/slugs'
import { validContent } from '../helpers/fixtures'
import type { Harness, StaffUser } from '../helpers/harness'

/**
 * The access matrix, written out by hand on purpose: it is the specification, not a copy of
 * cms/access/matrix.ts, so changing who may do what means changing this table too.
 * read: 'all' = drafts and internal items too; 'live' = published public items only.
 * Publishing is not a column: nobody publishes by writing `_status`; it happens only through the
 * workflow (tests/workflow.int.test.ts), and the last test of each type checks that.
 */
export type Actor = 'public' | 'admin' | 'manager' | 'writer' | 'emergency' | 'sponsorship' | 'desk'
type Row = { create: boolean; read: 'all' | 'live'; update: boolean; delete: boolean }

export const ACTOR_EMAIL: Record<Exclude<Actor, 'public'>, string> = {
  admin: 'admin@city.example',
  manager: 'manager@city.example',
  writer: 'writer@city.example',
  emergency: 'emergency@city.example',
  sponsorship: 'sponsorship@city.example',
  desk: 'desk@city.example',
}
export const ACTORS: Actor[] = [
  'public',
  'admin',
  'manager',
  'writer',
  'emergency',
  'sponsorship',
  'desk',
]

const row = (create: boolean, read: 'all' | 'live', update: boolean, remove: boolean): Row => ({
  create,
  read,
  update,
  delete: remove,
})
const NOTHING_BUT_LIVE = row(false, 'live', false, false)
const READ_ONLY_STAFF = row(false, 'all', false, false)

export const CONTENT_EXPECTATIONS: Record<ContentSlug, Record<Actor, Row>> = {
  'media-releases': {
    public: NOTHING_BUT_LIVE,
    admin: row(true, 'all', true, true),
    manager: row(true, 'all', true, true),
    writer: row(true, 'all', true, false),
    emergency: READ_ONLY_STAFF,
    sponsorship: READ_ONLY_STAFF,
    desk: READ_ONLY_STAFF,
  },
  publications: {
    public: NOTHING_BUT_LIVE,
    admin: row(true, 'all', true, true),
    manager: row(true, 'all', true, true),
    writer: row(true, 'all', true, false),
    emergency: READ_ONLY_STAFF,
    sponsorship: READ_ONLY_STAFF,
    desk: READ_ONLY_STAFF,
  },
  'sponsorship-packages': {
    public: NOTHING_BUT_LIVE,
    admin: row(true, 'all', true, true),
    manager: row(true, 'all', true, true),
    writer: row(true, 'all', true, false),
    emergency: READ_ONLY_STAFF,
    sponsorship: row(true, 'all', true, true),
    desk: READ_ONLY_STAFF,
  },
  'emergency-bulletins': {
    public: NOTHING_BUT_LIVE,
    admin: row(true, 'all', true, true),
    manager: READ_ONLY_STAFF,
    writer: READ_ONLY_STAFF,
    emergency: row(true, 'all', true, false),
    sponsorship: READ_ONLY_STAFF,
    desk: READ_ONLY_STAFF,
  },
  'kb-articles': {
    public: NOTHING_BUT_LIVE,
    admin: row(true, 'all', true, true),
    manager: row(true, 'all', true, true),
    writer: row(true, 'all', true, false),
    emergency: READ_ONLY_STAFF,
    sponsorship: READ_ONLY_STAFF,
    desk: row(true, 'all', true, false),
  },
}

const statusOf = (error: unknown) => (error as { status?: number }).status

/** Runs `act` and answers 'ok' or the HTTP status of the error it threw. */
export const attempt = async (act: () => Promise<unknown>): Promise<'ok' | number> => {
  try {
    await act()
    return 'ok'
  } catch (error) {
    const status = statusOf(error)
    if (typeof status !== 'number') throw error
    return status
  }
}

export const accessContract = (harness: () => Harness) => {
  const who = (actor: Actor): StaffUser | undefined =>
    actor === 'public' ? undefined : harness().user(ACTOR_EMAIL[actor])
  const system = { overrideAccess: true } as const
  const seeded = () => ({ overrideAccess: true, context: { seed: true } }) as const
  let counter = 0
  const freshDraft = async (slug: ContentSlug) =>
    harness().payload.create({
      collection: slug,
      data: validContent(slug, `Fixture ${slug} ${(counter += 1)}`) as never,
      draft: true,
      ...system,
    })

  describe.each(CONTENT_SLUGS)('%s', (slug) => {
    const ids = { live: '', draft: '', internal: '' }
    beforeAll(async () => {
      const { payload } = harness()
      const live = await payload.create({
        collection: slug,
        data: {
          ...validContent(slug, `Live ${slug}`),
          _status: 'published',
          workflowState: 'published',
        } as never,
        ...seeded(),
      })
      ids.live = String(live.id)
      ids.draft = String((await freshDraft(slug)).id)
      if (slug === PUBLICATIONS) {
        const internal = await payload.create({
          collection: slug,
          data: {
            ...validContent(slug, 'Internal memo'),
            audience: 'internal',
            _status: 'published',
            workflowState: 'published',
          } as never,
          ...seeded(),
        })
        ids.internal = String(internal.id)
      }
    })

    describe.each(ACTORS)('as %s', (actor) => {
      const expected = CONTENT_EXPECTATIONS[slug][actor]

      it(`read: ${expected.read === 'all' ? 'drafts and live items' : 'live public items only'}`, async () => {
        const found = await harness().payload.find({
          collection: slug,
          user: who(actor),
          overrideAccess: false,
          pagination: false,
          depth: 0,
        })
        const seen = new Set(found.docs.map((doc) => String(doc.id)))
        expect(seen.has(ids.live)).toBe(true)
        expect(seen.has(ids.draft)).toBe(expected.read === 'all')
        if (ids.internal) expect(seen.has(ids.internal)).toBe(expected.read === 'all')
        const draftById = await attempt(() =>
          harness().payload.findByID({
            collection: slug,
            id: ids.draft,
            user: who(actor),
            overrideAccess: false,
          }),
        )
        expect(draftById).toBe(expected.read === 'all' ? 'ok' : 404)
      })

      it(`create: ${expected.create ? 'allowed' : 'refused'}`, async () => {
        const result = await attempt(() =>
          harness().payload.create({
            collection: slug,
            data: validContent(slug, `Created by ${actor}`) as never,
            draft: true,
            user: who(actor),
            overrideAccess: false,
          }),
        )
        expect(result).toBe(expected.create ? 'ok' : 403)
      })

      it(`update a draft: ${expected.update ? 'allowed' : 'refused'}`, async () => {
        const draft = await freshDraft(slug)
        const result = await attempt(() =>
          harness().payload.update({
            collection: slug,
            id: draft.id,
            data: { summary: `Edited by ${actor}.` } as never,
            draft: true,
            user: who(actor),
            overrideAccess: false,
          }),
        )
        expect(result).toBe(expected.update ? 'ok' : 403)
      })

      it('publish by writing _status: refused (only the workflow publishes)', async () => {
        const draft = await freshDraft(slug)
        const result = await attempt(() =>
          harness().payload.update({
            collection: slug,
            id: draft.id,
            data: { _status: 'published' } as never,
            user: who(actor),
            overrideAccess: false,
          }),
        )
        expect(result).toBe(403)
        const after = await harness().payload.findByID({
          collection: slug,
          id: draft.id,
          depth: 0,
          ...system,
        })
        expect(after._status).toBe('draft')
      })

      it(`delete: ${expected.delete ? 'allowed' : 'refused'}`, async () => {
        const draft = await freshDraft(slug)
        const result = await attempt(() =>
          harness().payload.delete({
            collection: slug,
            id: draft.id,
            user: who(actor),
            overrideAccess: false,
          }),
        )
        expect(result).toBe(expected.delete ? 'ok' : 403)
      })
    })
  })

  describe(USERS, () => {
    const staffActors = ACTORS.filter(
      (actor): actor is Exclude<Actor, 'public'> => actor !== 'public',
    )

    it('the public can neither list nor create staff accounts', async () => {
      const { payload } = harness()
      expect(await attempt(() => payload.find({ collection: USERS, overrideAccess: false }))).toBe(
        403,
      )
      const create = () =>
        payload.create({
          collection: USERS,
          data: {
            email: 'intruder@example.com',
            password: 'x-password-1',
            firstName: 'I',
            lastName: 'N',
            roles: ['admin'],
          },
          overrideAccess: false,
        })
      expect(await attempt(create)).toBe(403)
    })

    it.each(staffActors)('%s sees every colleague', async (actor) => {
      const found = await harness().payload.find({
        collection: USERS,
        user: who(actor),
        overrideAccess: false,
        pagination: false,
      })
      expect(found.docs.length).toBeGreaterThanOrEqual(7)
    })

    it.each(staffActors)('%s creates accounts only if admin', async (actor) => {
      const create = () =>
        harness().payload.create({
          collection: USERS,
          data: {
            email: `new-by-${actor}@city.example`,
            password: 'a-long-password-1',
            firstName: 'N',
            lastName: 'U',
            roles: ['communications-writer'],
          },
          user: who(actor),
          overrideAccess: false,
        })
      expect(await attempt(create)).toBe(actor === 'admin' ? 'ok' : 403)
    })

    it.each(staffActors)('%s updates their own profile but not their roles', async (actor) => {
      const me = who(actor)!
      await harness().payload.update({
        collection: USERS,
        id: me.id,
        data: { phone: '519-555-0199', roles: ['admin', 'communications-manager'] },
        user: me,
        overrideAccess: false,
      })
      const after = await harness().payload.findByID({ collection: USERS, id: me.id, ...system })
      expect(after.phone).toBe('519-555-0199')
      expect(after.roles).toEqual(
        actor === 'admin' ? ['admin', 'communications-manager'] : me.roles,
      )
      await harness().payload.update({
        collection: USERS,
        id: me.id,
        data: { roles: me.roles },
        ...system,
      })
    })

    it.each(staffActors)("%s edits someone else's account only if admin", async (actor) => {
      const other = harness().user('writer2@city.example')
      const result = await attempt(() =>
        harness().payload.update({
          collection: USERS,
          id: other.id,
          data: { lastName: `Moved by ${actor}` },
          user: who(actor),
          overrideAccess: false,
        }),
      )
      const after = await harness().payload.findByID({ collection: USERS, id: other.id, ...system })
      if (actor === 'admin') {
        expect(result).toBe('ok')
        expect(after.lastName).toBe('Moved by admin')
      } else {
        expect(result).not.toBe('ok')
        expect(after.lastName).not.toBe(`Moved by ${actor}`)
      }
    })

    it.each(staffActors)(
      '%s deletes accounts only if admin, and never their own',
      async (actor) => {
        const { payload } = harness()
        const victim = await payload.create({
          collection: USERS,
          data: {
            email: `victim-of-${actor}@city.example`,
            password: 'a-long-password-1',
            firstName: 'V',
            lastName: 'T',
            roles: ['communications-writer'],
          },
          ...system,
        })
        const other = await attempt(() =>
          payload.delete({
            collection: USERS,
            id: victim.id,
            user: who(actor),
            overrideAccess: false,
          }),
        )
        expect(other === 'ok').toBe(actor === 'admin')
        const self = await attempt(() =>
          payload.delete({
            collection: USERS,
            id: who(actor)!.id,
            user: who(actor),
            overrideAccess: false,
          }),
        )
        expect(self).not.toBe('ok')
      },
    )
  })

  describe(MEDIA, () => {
    const staffActors = ACTORS.filter(
      (actor): actor is Exclude<Actor, 'public'> => actor !== 'public',
    )
    const upload = async (actor: Actor, audience: 'public' | 'internal' = 'public') => {
      const { pngFile } = await import('../helpers/fixtures')
      return harness().payload.create({
        collection: MEDIA,
        data: { alt: `A blue rectangle uploaded by ${actor}`, audience },
        file: await pngFile(`by-${actor}-${(counter += 1)}.png`),
        user: who(actor),
        overrideAccess: false,
      })
    }

    it('the public cannot upload, and sees only public files', async () => {
      expect(await attempt(() => upload('public'))).toBe(403)
      const internal = await upload('admin', 'internal')
      const visible = await harness().payload.find({
        collection: MEDIA,
        overrideAccess: false,
        pagination: false,
      })
      expect(visible.docs.some((doc) => doc.id === internal.id)).toBe(false)
      expect(
        await attempt(() =>
          harness().payload.findByID({ collection: MEDIA, id: internal.id, overrideAccess: false }),
        ),
      ).toBe(404)
    })

    it.each(staffActors)(
      '%s uploads and sees internal files; deletes only if admin or manager',
      async (actor) => {
        const file = await upload(actor, 'internal')
        const found = await harness().payload.findByID({
          collection: MEDIA,
          id: file.id,
          user: who(actor),
          overrideAccess: false,
        })
        expect(found.id).toBe(file.id)
        const removed = await attempt(() =>
          harness().payload.delete({
            collection: MEDIA,
            id: file.id,
            user: who(actor),
            overrideAccess: false,
          }),
        )
        expect(removed).toBe(actor === 'admin' || actor === 'manager' ? 'ok' : 403)
      },
    )
  })

  describe('subscribers, sends and deliveries (personal data and the outbox)', () => {
    const everyone: Actor[] = ACTORS
    const subscriber = async () =>
      harness().payload.create({
        collection: SUBSCRIBERS,
        data: {
          email: `p${(counter += 1)}@example.com`,
          status: 'confirmed',
          topics: ['news'],
          language: 'en',
        } as never,
        overrideAccess: true,
      })

    it.each(everyone)(
      'subscribers as %s: only admins and managers read, edit or delete; nobody creates through the API',
      async (actor) => {
        const allowed = actor === 'admin' || actor === 'manager'
        const existing = await subscriber()
        const read = await attempt(() =>
          harness().payload.find({
            collection: SUBSCRIBERS,
            user: who(actor),
            overrideAccess: false,
          }),
        )
        expect(read).toBe(allowed ? 'ok' : 403)
        const create = await attempt(() =>
          harness().payload.create({
            collection: SUBSCRIBERS,
            data: {
              email: `new-${actor}@example.com`,
              status: 'confirmed',
              language: 'en',
            } as never,
            user: who(actor),
            overrideAccess: false,
          }),
        )
        expect(create).toBe(403)
        const update = await attempt(() =>
          harness().payload.update({
            collection: SUBSCRIBERS,
            id: existing.id,
            data: { language: 'fr' } as never,
            user: who(actor),
            overrideAccess: false,
          }),
        )
        expect(update).toBe(allowed ? 'ok' : 403)
        const remove = await attempt(() =>
          harness().payload.delete({
            collection: SUBSCRIBERS,
            id: existing.id,
            user: who(actor),
            overrideAccess: false,
          }),
        )
        expect(remove).toBe(allowed ? 'ok' : 403)
      },
    )

    it.each(everyone)(
      'sends and deliveries as %s: staff see sends, only admins see deliveries; nobody writes either',
      async (actor) => {
        expect(
          await attempt(() =>
            harness().payload.find({ collection: SENDS, user: who(actor), overrideAccess: false }),
          ),
        ).toBe(actor === 'public' ? 403 : 'ok')
        expect(
          await attempt(() =>
            harness().payload.find({
              collection: DELIVERIES,
              user: who(actor),
              overrideAccess: false,
            }),
          ),
        ).toBe(actor === 'admin' ? 'ok' : 403)
        const send = {
          key: `k-${actor}-${(counter += 1)}`,
          itemCollection: 'media-releases',
          itemId: '1',
          topic: 'news',
          priority: 1,
          status: 'sending',
        }
        expect(
          await attempt(() =>
            harness().payload.create({
              collection: SENDS,
              data: send as never,
              user: who(actor),
              overrideAccess: false,
            }),
          ),
        ).toBe(403)
      },
    )

    it('hidden subscriber fields (confirmation token hash, token version) never leave the API, even for admins', async () => {
      await harness().payload.create({
        collection: SUBSCRIBERS,
        data: {
          email: 'hidden@example.com',
          status: 'pending',
          language: 'en',
          confirmTokenHash: 'secret-hash',
          tokenVersion: 3,
        } as never,
        overrideAccess: true,
      })
      const found = await harness().payload.find({
        collection: SUBSCRIBERS,
        where: { email: { equals: 'hidden@example.com' } },
        user: who('admin'),
        overrideAccess: false,
      })
      expect(found.docs[0]).not.toHaveProperty('confirmTokenHash')
      expect(found.docs[0]).not.toHaveProperty('tokenVersion')
    })
  })

  describe('retired (deleted) items', () => {
    const retired = { draft: '', live: '' }
    beforeAll(async () => {
      const { payload } = harness()
      const draft = await freshDraft(MEDIA_RELEASES)
      const live = await payload.create({
        collection: MEDIA_RELEASES,
        data: {
          ...validContent(MEDIA_RELEASES, 'Retired live release'),
          _status: 'published',
          workflowState: 'published',
          publishedAt: new Date().toISOString(),
        } as never,
        ...seeded(),
      })
      await payload.delete({ collection: MEDIA_RELEASES, id: draft.id, ...system })
      await payload.delete({ collection: MEDIA_RELEASES, id: live.id, ...system })
      const records = await payload.find({
        collection: RETIRED_ITEMS,
        where: { itemId: { in: [String(draft.id), String(live.id)] } },
        ...system,
        depth: 0,
      })
      retired.draft = String(
        records.docs.find((d) => (d as { itemId?: string }).itemId === String(draft.id))!.id,
      )
      retired.live = String(
        records.docs.find((d) => (d as { itemId?: string }).itemId === String(live.id))!.id,
      )
    })

    it.each(ACTORS)(
      'as %s: staff read every record in full, the public only once-public ones without staff fields; nobody writes or deletes',
      async (actor) => {
        const staff = actor !== 'public'
        const found = await harness().payload.find({
          collection: RETIRED_ITEMS,
          user: who(actor),
          overrideAccess: false,
          pagination: false,
          depth: 0,
        })
        const seen = new Map(
          found.docs.map((doc) => [String(doc.id), doc as unknown as Record<string, unknown>]),
        )
        expect(seen.has(retired.live)).toBe(true)
        expect(seen.has(retired.draft)).toBe(staff)
        expect('title' in (seen.get(retired.live) ?? {})).toBe(staff)
        expect('deletedBy' in (seen.get(retired.live) ?? {})).toBe(staff)
        const data = {
          itemCollection: MEDIA_RELEASES,
          itemId: '999',
          itemUid: `forged-${actor}`,
          deletedAt: new Date().toISOString(),
          wasPublic: true,
          pathHash: 'x',
        }
        expect(
          await attempt(() =>
            harness().payload.create({
              collection: RETIRED_ITEMS,
              data: data as never,
              user: who(actor),
              overrideAccess: false,
            }),
          ),
        ).toBe(403)
        expect(
          await attempt(() =>
            harness().payload.update({
              collection: RETIRED_ITEMS,
              id: retired.live,
              data: { wasPublic: false } as never,
              user: who(actor),
              overrideAccess: false,
            }),
          ),
        ).toBe(403)
        expect(
          await attempt(() =>
            harness().payload.delete({
              collection: RETIRED_ITEMS,
              id: retired.live,
              user: who(actor),
              overrideAccess: false,
            }),
          ),
        ).toBe(403)
      },
    )
  })
}

/**
 * Sponsorship: inquiries hold sponsors' personal data, so the public may send one and never read any;
 * slots and the audit are written by the pipeline alone; the policy's threshold and target are internal.
 */
export const sponsorshipAccessContract = (harness: () => Harness) => {
  const who = (actor: Actor): StaffUser | undefined =>
    actor === 'public' ? undefined : harness().user(ACTOR_EMAIL[actor])
  const everyone: Actor[] = ACTORS
  const sponsorshipStaff: Actor[] = ['admin', 'manager', 'sponsorship']
  let counter = 0
  // Each test request comes from its own address, so the per-IP limit does not tangle the tests.
  const from = () =>
    ({ headers: new Headers({ 'x-forwarded-for': `198.51.100.${(counter += 1) % 250}` }) }) as never
  const inquiry = (extra: Record<string, unknown> = {}) => ({
    organisation: `Acme ${(counter += 1)}`,
    contactName: 'Pat Doe',
    email: `pat${counter}@acme.example`,
    message: 'We would like to sponsor.',
    consent: true,
    ...extra,
  })
  const existing = () =>
    harness().payload.create({
      collection: SPONSOR_INQUIRIES,
      data: inquiry() as never,
      overrideAccess: true,
      context: { skipInquiryMail: true },
    })

  it.each(everyone)(
    'sponsor inquiries as %s: anyone creates; only sponsorship staff read and edit; only admins delete',
    async (actor) => {
      const staff = sponsorshipStaff.includes(actor)
      const created = await attempt(() =>
        harness().payload.create({
          collection: SPONSOR_INQUIRIES,
          data: inquiry() as never,
          user: who(actor),
          overrideAccess: false,
          req: from(),
          context: { skipInquiryMail: true },
        }),
      )
      expect(created).toBe('ok')
      const doc = await existing()
      expect(
        await attempt(() =>
          harness().payload.find({
            collection: SPONSOR_INQUIRIES,
            user: who(actor),
            overrideAccess: false,
          }),
        ),
      ).toBe(staff ? 'ok' : 403)
      expect(
        await attempt(() =>
          harness().payload.findByID({
            collection: SPONSOR_INQUIRIES,
            id: doc.id,
            user: who(actor),
            overrideAccess: false,
          }),
        ),
      ).toBe(staff ? 'ok' : 403)
      expect(
        await attempt(() =>
          harness().payload.update({
            collection: SPONSOR_INQUIRIES,
            id: doc.id,
            data: { notes: 'x' } as never,
            user: who(actor),
            overrideAccess: false,
          }),
        ),
      ).toBe(staff ? 'ok' : 403)
      expect(
        await attempt(() =>
          harness().payload.delete({
            collection: SPONSOR_INQUIRIES,
            id: doc.id,
            user: who(actor),
            overrideAccess: false,
          }),
        ),
      ).toBe(actor === 'admin' ? 'ok' : 403)
    },
  )

  it.each(everyone)(
    'nobody sets the pipeline state or the promised dates through the API, as %s',
    async (actor) => {
      const forged = {
        state: 'agreement',
        responseDueAt: '2099-01-01T00:00:00.000Z',
        acknowledgedAt: '2020-01-01T00:00:00.000Z',
        committedValue: 1,
        approval: { sector: 'Cannabis', value: 1e9 },
      }
      const doc = (await harness().payload.create({
        collection: SPONSOR_INQUIRIES,
        data: inquiry(forged) as never,
        user: who(actor),
        overrideAccess: false,
        req: from(),
        context: { skipInquiryMail: true },
      })) as unknown as Record<string, unknown>
      const stored = (await harness().payload.findByID({
        collection: SPONSOR_INQUIRIES,
        id: doc.id as number,
        overrideAccess: true,
      })) as unknown as Record<string, unknown>
      expect(stored.state).toBe('new')
      expect(stored.responseDueAt).not.toBe(forged.responseDueAt)
      expect(stored.acknowledgedAt ?? null).toBeNull()
      expect(stored.committedValue ?? null).toBeNull()
      expect((stored.approval as Record<string, unknown> | undefined)?.sector ?? null).toBeNull()
      if (sponsorshipStaff.includes(actor)) {
        await harness().payload.update({
          collection: SPONSOR_INQUIRIES,
          id: doc.id as number,
          data: forged as never,
          user: who(actor),
          overrideAccess: false,
        })
        const after = (await harness().payload.findByID({
          collection: SPONSOR_INQUIRIES,
          id: doc.id as number,
          overrideAccess: true,
        })) as unknown as Record<string, unknown>
        expect(after.state).toBe('new')
        expect(after.responseDueAt).toBe(stored.responseDueAt)
      }
    },
  )

  it.each(everyone)(
    'slots and the sponsorship audit as %s: sponsorship staff read; nobody writes',
    async (actor) => {
      const staff = sponsorshipStaff.includes(actor)
      for (const collection of [SPONSORSHIP_SLOTS, SPONSORSHIP_AUDIT] as const) {
        expect(
          await attempt(() =>
            harness().payload.find({ collection, user: who(actor), overrideAccess: false }),
          ),
        ).toBe(staff ? 'ok' : 403)
      }
      const doc = await existing()
      expect(
        await attempt(() =>
          harness().payload.create({
            collection: SPONSORSHIP_AUDIT,
            data: {
              inquiry: doc.id,
              action: 'contact',
              fromState: 'new',
              toState: 'contacted',
              at: new Date().toISOString(),
            } as never,
            user: who(actor),
            overrideAccess: false,
          }),
        ),
      ).toBe(403)
      expect(
        await attempt(() =>
          harness().payload.create({
            collection: SPONSORSHIP_SLOTS,
            data: { package: 1, slot: 99, inquiry: doc.id } as never,
            user: who(actor),
            overrideAccess: false,
          }),
        ),
      ).toBe(403)
    },
  )

  it.each(everyone)('the sponsorship policy and City calendar as %s', async (actor) => {
    const staff = sponsorshipStaff.includes(actor)
    const approver = actor === 'admin' || actor === 'manager'
    const policy = (await harness().payload.findGlobal({
      slug: SPONSORSHIP_POLICY,
      user: who(actor),
      overrideAccess: false,
    })) as unknown as Record<string, unknown>
    expect('approvalThreshold' in policy).toBe(staff)
    expect('annualTarget' in policy).toBe(staff)
    expect(
      await attempt(() =>
        harness().payload.updateGlobal({
          slug: SPONSORSHIP_POLICY,
          data: { teamName: `Team ${actor}` } as never,
          user: who(actor),
          overrideAccess: false,
        }),
      ),
    ).toBe(approver ? 'ok' : 403)
    expect(
      await attempt(() =>
        harness().payload.findGlobal({
          slug: CITY_CALENDAR,
          user: who(actor),
          overrideAccess: false,
        }),
      ),
    ).toBe(staff ? 'ok' : 403)
    expect(
      await attempt(() =>
        harness().payload.updateGlobal({
          slug: CITY_CALENDAR,
          data: { closures: [] } as never,
          user: who(actor),
          overrideAccess: false,
        }),
      ),
    ).toBe(approver ? 'ok' : 403)
  })
}
