import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  ADDRESSES,
  ALL_SLUGS,
  CONTENT_SLUGS,
  EMERGENCY_BULLETINS,
  MEDIA_RELEASES,
  PUBLICATIONS,
  REQUEST_PHOTO_COPIES,
  RETIRED_ITEMS,
  SERVICE_TYPES,
  SPONSOR_INQUIRIES,
  SUBSCRIBERS,
  WARDS,
} from '../../cms/core/slugs'
import { validContent } from '../helpers/fixtures'
import { type Harness, startHarness } from '../helpers/harness'

/**
 * What an anonymous visitor can get out of the API: only published public items. Secrets are planted
 * (a draft, an internal publication, an embargoed release, unreviewed edits of a live item, a subscriber,
 * a sponsor inquiry) and every read path is searched for them: lists, drafts, versions, single items,
 * and filters or sorts on fields the public may not read.
 */
let harness: Harness
const SECRET = 'ZZSECRET'
const ids: Record<string, number> = {}
const seed = { overrideAccess: true, context: { seed: true } } as const
/** Public by design: the report form and Open311 apps read the wards, addresses and catalogue. */
const PUBLIC_REGISTER = [WARDS, ADDRESSES, SERVICE_TYPES] as const

beforeAll(async () => {
  harness = await startHarness()
  const p = harness.payload
  ids.draft = (
    await p.create({
      collection: MEDIA_RELEASES,
      data: validContent(MEDIA_RELEASES, `${SECRET} draft release`) as never,
      draft: true,
      ...seed,
    })
  ).id as number
  ids.internal = (
    await p.create({
      collection: PUBLICATIONS,
      data: {
        ...validContent(PUBLICATIONS, `${SECRET} internal memo`),
        audience: 'internal',
        _status: 'published',
        workflowState: 'published',
      } as never,
      ...seed,
    })
  ).id as number
  ids.embargoed = (
    await p.create({
      collection: MEDIA_RELEASES,
      data: {
        ...validContent(MEDIA_RELEASES, `${SECRET} embargoed`),
        embargoUntil: '2099-01-01T00:00:00.000Z',
        _status: 'published',
        workflowState: 'published',
      } as never,
      ...seed,
    })
  ).id as number
  ids.live = (
    await p.create({
      collection: MEDIA_RELEASES,
      data: {
        ...validContent(MEDIA_RELEASES, 'Public release'),
        _status: 'published',
        workflowState: 'published',
      } as never,
      ...seed,
    })
  ).id as number
  await p.update({
    collection: MEDIA_RELEASES,
    id: ids.live,
    data: { title: `${SECRET} unreviewed edit` } as never,
    draft: true,
    ...seed,
  })
  await p.create({
    collection: SUBSCRIBERS,
    data: {
      email: `${SECRET.toLowerCase()}@example.com`,
      status: 'confirmed',
      topics: ['news'],
      language: 'en',
    } as never,
    overrideAccess: true,
  })
  await p.create({
    collection: SPONSOR_INQUIRIES,
    data: {
      organisation: `${SECRET} Corp`,
      contactName: 'X',
      email: 'x@example.com',
      message: SECRET,
      consent: true,
    } as never,
    overrideAccess: true,
    context: { skipInquiryMail: true },
  })
  // Deleted items: one never public, one that was (its title, address and remover must not come back).
  const neverPublic = await p.create({
    collection: MEDIA_RELEASES,
    data: validContent(MEDIA_RELEASES, `${SECRET} deleted draft`) as never,
    draft: true,
    ...seed,
  })
  await p.delete({ collection: MEDIA_RELEASES, id: neverPublic.id, overrideAccess: true })
  const oncePublic = await p.create({
    collection: MEDIA_RELEASES,
    data: {
      ...validContent(MEDIA_RELEASES, `${SECRET} deleted release`),
      _status: 'published',
      workflowState: 'published',
      publishedAt: new Date().toISOString(),
    } as never,
    ...seed,
  })
  await p.delete({ collection: MEDIA_RELEASES, id: oncePublic.id, overrideAccess: true })
})
afterAll(async () => harness?.close())

const anonymous = (path: string) => harness.rest('GET', path)
const leaks = (body: unknown) => JSON.stringify(body).includes(SECRET)

describe('anonymous REST', () => {
  it.each(CONTENT_SLUGS)(
    '%s: lists, ?draft=true and single items show nothing secret',
    async (slug) => {
      for (const path of [
        `/${slug}`,
        `/${slug}?draft=true`,
        `/${slug}?draft=true&limit=100&depth=2`,
        `/${slug}?where[title][like]=${SECRET}`,
      ]) {
        const answer = await anonymous(path)
        expect(answer.status, path).toBe(200)
        expect(leaks(answer.body), path).toBe(false)
      }
    },
  )

  it('planted items are not found by id, with or without draft=true', async () => {
    for (const [slug, id] of [
      [MEDIA_RELEASES, ids.draft],
      [PUBLICATIONS, ids.internal],
      [MEDIA_RELEASES, ids.embargoed],
    ] as const) {
      for (const suffix of ['', '?draft=true']) {
        const answer = await anonymous(`/${slug}/${id}${suffix}`)
        expect([403, 404], `${slug}/${id}${suffix}`).toContain(answer.status)
        expect(leaks(answer.body)).toBe(false)
      }
    }
    const live = await anonymous(`/${MEDIA_RELEASES}/${ids.live}?draft=true`)
    expect(live.status).toBe(200)
    expect(live.body.title).toBe('Public release')
  })

  it.each(CONTENT_SLUGS)('%s: versions are closed to the public', async (slug) => {
    const list = await anonymous(`/${slug}/versions`)
    expect([401, 403]).toContain(list.status)
    expect(leaks(list.body)).toBe(false)
  })

  it('deleted items: only the once-public ones are listed, without title, address, id or who deleted them; filters on those fields say nothing', async () => {
    const list = await anonymous(`/${RETIRED_ITEMS}?depth=1`)
    expect(list.status).toBe(200)
    expect(list.body.docs).toHaveLength(1)
    const publicFields = [
      'cancel',
      'createdAt',
      'deletedAt',
      'id',
      'itemCollection',
      'pathHash',
      'pathHashFr',
      'updatedAt',
      'wasPublic',
    ]
    for (const key of Object.keys(list.body.docs[0])) expect(publicFields, key).toContain(key)
    expect(list.body.docs[0]).not.toHaveProperty('title')
    expect(list.body.docs[0]).not.toHaveProperty('path')
    expect(list.body.docs[0]).not.toHaveProperty('pathFr')
    expect(list.body.docs[0]).not.toHaveProperty('deletedBy')
    expect(list.body.docs[0]).not.toHaveProperty('itemId')
    expect(leaks(list.body)).toBe(false)
    const probe = await anonymous(`/${RETIRED_ITEMS}?where[title][like]=${SECRET}`)
    const none = await anonymous(`/${RETIRED_ITEMS}?where[title][like]=nothing-like-this`)
    expect(probe.body.totalDocs).toBe(none.body.totalDocs)
  })

  it.each([
    ...ALL_SLUGS.filter(
      (s) =>
        !(CONTENT_SLUGS as readonly string[]).includes(s) &&
        s !== 'media' &&
        s !== RETIRED_ITEMS &&
        // The 311 register and catalogue are public by design (the report form and apps read them).
        !(PUBLIC_REGISTER as readonly string[]).includes(s) &&
        // Approved copies of request photos are public by design; the rest are not (below).
        s !== REQUEST_PHOTO_COPIES,
    ),
    'payload-jobs',
    'payload-preferences',
    'payload-locked-documents',
  ])('%s: closed to the public', async (slug) => {
    const answer = await anonymous(`/${slug}`)
    expect([401, 403], slug).toContain(answer.status)
    expect(leaks(answer.body)).toBe(false)
  })

  it('request-photo-copies: the public lists approved copies only, and writes none', async () => {
    const answer = await anonymous(`/${REQUEST_PHOTO_COPIES}`)
    expect(answer.status).toBe(200)
    expect(answer.body.docs.every((d: { public: boolean }) => d.public === true)).toBe(true)
    expect(
      (await anonymous(`/${REQUEST_PHOTO_COPIES}?where[public][equals]=false`)).body.totalDocs,
    ).toBe(0)
    expect(leaks(answer.body)).toBe(false)
    const write = await harness.rest('POST', `/${REQUEST_PHOTO_COPIES}`, { body: { public: true } })
    expect([401, 403]).toContain(write.status)
  })

  it.each(PUBLIC_REGISTER)('%s: public, read-only, and holding nothing planted', async (slug) => {
    const answer = await anonymous(`/${slug}`)
    expect(answer.status).toBe(200)
    expect(leaks(answer.body)).toBe(false)
    const write = await harness.rest('POST', `/${slug}`, { body: { name: SECRET } })
    expect([401, 403]).toContain(write.status)
  })

  it('staff-only globals are closed; the public half of the sponsorship policy carries no threshold or target', async () => {
    for (const slug of ['site-status', 'style-guide', 'city-calendar'])
      expect([401, 403], slug).toContain((await anonymous(`/globals/${slug}`)).status)
    const policy = await anonymous('/globals/sponsorship-policy')
    expect(policy.status).toBe(200)
    expect(policy.body).not.toHaveProperty('approvalThreshold')
    expect(policy.body).not.toHaveProperty('annualTarget')
  })

  it('/users/me says nobody is signed in', async () => {
    expect((await anonymous('/users/me')).body.user ?? null).toBeNull()
  })
})

describe('filters and sorts on fields the public cannot read reveal nothing', () => {
  // If a filter on a hidden field changed the answer, its value could be guessed one letter at a time.
  const ids = (body: { docs?: { id: number }[] }) => (body.docs ?? []).map((d) => d.id).sort()
  const probes: [string, string, string][] = [
    ['author email', `where[author.email][like]=writer`, `where[author.email][like]=nobody-at-all`],
    [
      'author role',
      `where[author.roles][in]=communications-writer`,
      `where[author.roles][in]=no-such-role`,
    ],
    [
      'workflow audit via id',
      `where[lastEditedBy.email][exists]=true`,
      `where[lastEditedBy.email][exists]=false`,
    ],
  ]
  it.each(probes)('%s', async (_label, a, b) => {
    const first = await anonymous(`/${MEDIA_RELEASES}?${a}`)
    const second = await anonymous(`/${MEDIA_RELEASES}?${b}`)
    if (first.status === 200 && second.status === 200)
      expect(ids(first.body)).toEqual(ids(second.body))
    else expect([400, 403]).toContain(first.status)
  })

  it('sorting by a hidden field gives the same order as its reverse (it is ignored, not used)', async () => {
    const up = await anonymous(`/${MEDIA_RELEASES}?sort=author.email&limit=50`)
    const down = await anonymous(`/${MEDIA_RELEASES}?sort=-author.email&limit=50`)
    if (up.status === 200 && down.status === 200)
      expect((up.body.docs as { id: number }[]).map((d) => d.id)).toEqual(
        (down.body.docs as { id: number }[]).map((d) => d.id),
      )
    else expect([400, 403]).toContain(up.status)
  })

  it('emergency bulletins: the same for the author of a live bulletin', async () => {
    const first = await anonymous(`/${EMERGENCY_BULLETINS}?where[author.email][like]=emergency`)
    const second = await anonymous(`/${EMERGENCY_BULLETINS}?where[author.email][like]=zzzz`)
    if (first.status === 200) expect(ids(first.body)).toEqual(ids(second.body))
  })
})

describe('signed-in roles see only what their work needs', () => {
  const cases: [string, string, number][] = [
    ['writer@city.example', SUBSCRIBERS, 403],
    ['writer@city.example', SPONSOR_INQUIRIES, 403],
    ['writer@city.example', 'deliveries', 403],
    ['emergency@city.example', SPONSOR_INQUIRIES, 403],
    ['emergency@city.example', SUBSCRIBERS, 403],
    ['sponsorship@city.example', SUBSCRIBERS, 403],
    ['sponsorship@city.example', 'deliveries', 403],
    ['manager@city.example', 'deliveries', 403],
  ]
  it.each(cases)('%s reading %s: %s', async (as, slug, status) => {
    const answer = await harness.rest('GET', `/${slug}`, { as })
    expect(answer.status).toBe(status)
    expect(leaks(answer.body)).toBe(false)
  })

  it("no role, admin included, reads password hashes, salts, reset tokens or other people's sessions", async () => {
    await harness.rest('GET', '/users/me', { as: 'writer@city.example' }) // the writer now has a session
    const answer = await harness.rest('GET', '/users?limit=100', { as: 'admin@city.example' })
    const text = JSON.stringify(answer.body)
    for (const secret of ['"hash"', '"salt"', 'resetPasswordToken', 'loginAttempts'])
      expect(text).not.toContain(secret)
    const others = (answer.body.docs as { email: string }[]).filter(
      (doc) => doc.email !== 'admin@city.example',
    )
    expect(others.length).toBeGreaterThan(3)
    // Payload answers an empty list for sessions the reader may not see (the writer has one now).
    for (const doc of others as { email: string; sessions?: unknown[] }[])
      expect(doc.sessions ?? [], doc.email).toEqual([])
  })
})
