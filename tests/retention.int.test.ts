import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  DELIVERIES,
  INTAKE_RECEIPTS,
  PROCESS_LEASES,
  RATE_LIMIT_HITS,
  SENDS,
  SITE_BUILD_REQUESTS,
  WATCHES,
} from '../cms/core/slugs'
import { pruneExpired } from '../cms/ops'
import { DEFAULT_RETENTION } from '../cms/settings'
import { type Harness, startHarness } from './helpers/harness'

/**
 * The retention sweep on a real database: what served its purpose goes, in batches that resume;
 * what the City keeps (sends, and every row of a send still going) stays.
 */
let harness: Harness
const now = new Date('2026-12-06T12:00:00.000Z')
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString()
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString()

const count = async (collection: CollectionSlug) =>
  (await harness.payload.db.count({ collection, where: {} })).totalDocs

const send = async (key: string, status: 'sending' | 'done') =>
  harness.payload.db.create({
    collection: SENDS,
    data: {
      key,
      itemCollection: 'media-releases',
      itemId: '1',
      topic: 'news',
      priority: 1,
      status,
      total: 3,
      sent: 3,
    },
  })

const delivery = async (key: string, sendId: number | string | null, status: string, at: string) =>
  harness.payload.db.create({
    collection: DELIVERIES,
    data: {
      key,
      channel: 'email',
      send: sendId,
      priority: 1,
      status,
      createdAt: at,
      updatedAt: at,
    },
  })

beforeAll(async () => {
  harness = await startHarness({ holdJobs: true, seedUsers: false })
  const done = await send('done-send', 'done')
  const going = await send('going-send', 'sending')
  // 250 old deliveries of a finished send: removed in batches.
  for (let i = 0; i < 250; i += 1) await delivery(`old-${i}`, done.id, 'sent', daysAgo(120))
  await delivery('old-failed', done.id, 'failed', daysAgo(91))
  await delivery('old-single', null, 'sent', daysAgo(200))
  await delivery('recent', done.id, 'sent', daysAgo(10))
  await delivery('old-but-queued', done.id, 'queued', daysAgo(120))
  await delivery('old-of-going-send', going.id, 'sent', daysAgo(120))
  for (const [key, at] of [
    ['stale', hoursAgo(30)],
    ['fresh', hoursAgo(1)],
  ])
    await harness.payload.db.create({ collection: RATE_LIMIT_HITS, data: { key, at } })
  for (const [key, expiresAt] of [
    ['expired', hoursAgo(1)],
    ['valid', new Date(now.getTime() + 3_600_000).toISOString()],
  ])
    await harness.payload.db.create({
      collection: INTAKE_RECEIPTS,
      data: { key, at: daysAgo(1), expiresAt },
    })
  await harness.payload.db.create({
    collection: SITE_BUILD_REQUESTS,
    data: { reason: 'long forgotten', requestedAt: daysAgo(30) },
  })
  await harness.payload.db.create({
    collection: PROCESS_LEASES,
    data: { key: 'gone-process-lease', holder: 'gone', expiresAt: daysAgo(20) },
  })
  // Ward watches: one never confirmed (its link long expired), one stopped long ago, and two kept.
  const watch = { language: 'en' as const, events: ['new' as const], wardNumber: 1 }
  for (const [email, more] of [
    ['never@example.ca', { createdAt: daysAgo(8) }],
    ['stopped@example.ca', { confirmedAt: daysAgo(60), stoppedAt: daysAgo(30) }],
    ['fresh@example.ca', { createdAt: daysAgo(2) }],
    ['kept@example.ca', { confirmedAt: daysAgo(60) }],
  ] as const)
    await harness.payload.create({
      collection: WATCHES,
      data: { ...watch, email, ...more },
      overrideAccess: true,
    })
}, 120_000)
afterAll(async () => harness?.close())

describe('the retention sweep', () => {
  it('stops when its time is up and goes on at the next pass, in batches', async () => {
    const first = await pruneExpired(harness.payload, { now, budgetMs: 0, batch: 100 })
    expect(first.complete).toBe(false)
    expect(first.deliveries).toBe(0)
    const second = await pruneExpired(harness.payload, { now, batch: 100 })
    expect(second).toEqual({
      deliveries: 252,
      rateLimitHits: 1,
      intakeReceipts: 1,
      failedJobs: 0,
      buildRequests: 1,
      leases: 1,
      watches: 2,
      complete: true,
    })
    // Nothing left: a pass after that removes nothing.
    expect(await pruneExpired(harness.payload, { now, settings: DEFAULT_RETENTION })).toMatchObject(
      {
        deliveries: 0,
        complete: true,
      },
    )
  })

  it('keeps the sends, recent rows, rows still queued and every row of a send still going', async () => {
    expect(await count(SENDS)).toBe(2)
    const { docs } = await harness.payload.db.find<{ key: string }>({
      collection: DELIVERIES,
      pagination: false,
      limit: 0,
      sort: 'key',
    })
    expect(docs.map((d) => d.key)).toEqual(['old-but-queued', 'old-of-going-send', 'recent'])
    expect(await count(RATE_LIMIT_HITS)).toBe(1)
    const watches = await harness.payload.find({ collection: WATCHES, sort: 'email' })
    expect(watches.docs.map((w) => w.email)).toEqual(['fresh@example.ca', 'kept@example.ca'])
    expect(await count(INTAKE_RECEIPTS)).toBe(1)
  })
})
