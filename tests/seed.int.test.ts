import { DEMO_USERS } from '../cms/seed/demoUsers'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { CONTENT_SLUGS, DESK_MACROS, MEDIA_RELEASES, PUBLICATIONS, USERS } from '../cms/core/slugs'
import { DEMO_MACROS } from '../cms/seed/demoMacros'
import { seed } from '../cms/seed/seed'
import { type Harness, startHarness } from './helpers/harness'

let harness: Harness
beforeAll(async () => {
  harness = await startHarness({ seedUsers: false })
})
afterAll(async () => harness?.close())

const counts = async () => {
  const entries = await Promise.all(
    [USERS, DESK_MACROS, ...CONTENT_SLUGS].map(
      async (slug) =>
        [
          slug,
          (await harness.payload.count({ collection: slug as typeof USERS })).totalDocs,
        ] as const,
    ),
  )
  return Object.fromEntries(entries)
}

it('seeds every demo account and some of each content type, and a second run adds nothing', async () => {
  const log = () => undefined
  const first = await seed(harness.payload, { demo: true, log })
  expect(first).toEqual({ usersCreated: DEMO_USERS.length, itemsCreated: 11, volumeCreated: 0 })
  const after = await counts()
  for (const slug of CONTENT_SLUGS) expect(after[slug]).toBeGreaterThan(0)
  expect(after[DESK_MACROS]).toBe(DEMO_MACROS.length)

  const second = await seed(harness.payload, { demo: true, log })
  expect(second).toEqual({ usersCreated: 0, itemsCreated: 0, volumeCreated: 0 })
  expect(await counts()).toEqual(after)
})

it('demo content holds live and draft items, and an internal publication the public never sees', async () => {
  const live = await harness.payload.find({ collection: MEDIA_RELEASES, overrideAccess: false })
  const all = await harness.payload.find({ collection: MEDIA_RELEASES, draft: true })
  expect(live.totalDocs).toBeLessThan(all.totalDocs)
  const publicPublications = await harness.payload.find({
    collection: PUBLICATIONS,
    overrideAccess: false,
  })
  expect(publicPublications.docs.every((doc) => doc.audience === 'public')).toBe(true)
})

it('some demo items have French text, still live, with their French address; the others are English only', async () => {
  const french = await harness.payload.find({
    collection: MEDIA_RELEASES,
    locale: 'fr',
    fallbackLocale: false,
    overrideAccess: false,
    where: { slug: { equals: 'city-opens-three-new-splash-pads' } },
  })
  expect(french.docs[0]).toMatchObject({
    title: 'La Ville ouvre trois nouvelles aires de jeux d’eau pour l’été',
    slugFr: 'la-ville-ouvre-trois-nouvelles-aires-de-jeux-d-eau-pour-l-ete',
    _status: 'published',
  })
  expect(french.docs[0]!.quotes?.[0]).toMatchObject({
    quote: 'Les familles voulaient plus d’endroits pour se rafraîchir près de chez elles.',
    attribution: 'Mayor Jordan Ellis',
  })
  const englishOnly = await harness.payload.find({
    collection: MEDIA_RELEASES,
    locale: 'fr',
    fallbackLocale: false,
    draft: true,
    where: { slug: { equals: 'road-resurfacing-main-street' } },
  })
  expect(englishOnly.docs[0]?.title ?? null).toBeNull()
})

it('--count N adds volume releases up to N in total, idempotently', async () => {
  const log = () => undefined
  expect((await seed(harness.payload, { demo: false, count: 25, log })).volumeCreated).toBe(25)
  expect((await seed(harness.payload, { demo: false, count: 30, log })).volumeCreated).toBe(5)
  expect((await seed(harness.payload, { demo: false, count: 30, log })).volumeCreated).toBe(0)
})
