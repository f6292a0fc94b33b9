import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { MEDIA_RELEASES } from '../../cms/core/slugs'
import { validContent } from '../helpers/fixtures'
import { type Harness, startHarness } from '../helpers/harness'

/**
 * Another process holds SQLite's write lock for 10 s (as a backup or a long import would): requests
 * answer within 5 s, with 503 and Retry-After or with success once the lock clears, never a hang and
 * never a half-written item.
 */
let harness: Harness
beforeAll(async () => {
  // SQLite's whole-file write lock is the fault here (PostgreSQL locks rows): SQLite whatever the run.
  harness = await startHarness({ database: 'sqlite' })
}, 180_000)
afterAll(async () => harness?.close())

it('a write lock held for 10 s: 503 with Retry-After while it is held, nothing half-written, and success once it clears', async () => {
  expect((await harness.rest('GET', '/users/me', { as: 'writer@city.example' })).status).toBe(200) // signed in before the lock
  const other = createClient({ url: `file:${path.join(harness.dataDir, 'cms.db')}` })
  const lock = await other.transaction('write')
  await lock.execute(
    'UPDATE users SET updated_at = updated_at WHERE id = (SELECT min(id) FROM users)',
  )
  let released = false
  const release = setTimeout(() => {
    released = true
    void lock.rollback()
  }, 10_000)
  try {
    const before = (
      await harness.payload.count({ collection: MEDIA_RELEASES, overrideAccess: true })
    ).totalDocs
    const answer = await harness.rest('POST', `/${MEDIA_RELEASES}`, {
      as: 'writer@city.example',
      body: validContent(MEDIA_RELEASES, 'Written while the database is locked'),
    })
    // Answered while the lock was still held: the request gave up waiting instead of queueing
    // behind it (how long that takes is SQLITE_BUSY_TIMEOUT_MS plus a busy machine's slowness).
    expect(released).toBe(false)
    // The lock outlasts SQLite's wait (SQLITE_BUSY_TIMEOUT_MS), so the answer is the busy one.
    expect(answer.status).toBe(503)
    expect(answer.headers.get('retry-after')).toBe('5')
    expect(answer.body.errors[0].message).toMatch(/busy/)
    // Nothing of it was written: no item, no version.
    await lock.rollback()
    expect(
      (await harness.payload.count({ collection: MEDIA_RELEASES, overrideAccess: true })).totalDocs,
    ).toBe(before)
    const versions = await harness.payload.findVersions({
      collection: MEDIA_RELEASES,
      where: { 'version.title': { equals: 'Written while the database is locked' } },
      overrideAccess: true,
    })
    expect(versions.totalDocs).toBe(0)
    const subscription = await harness.rest('POST', '/subscriptions', {
      body: { email: 'locked@example.com', topics: ['news'] },
      headers: { 'x-forwarded-for': '198.51.100.200' },
    })
    expect(subscription.status).toBe(202)
    const retried = await harness.rest('POST', `/${MEDIA_RELEASES}`, {
      as: 'writer@city.example',
      body: validContent(MEDIA_RELEASES, 'Written after the lock cleared'),
    })
    expect(retried.status).toBe(201)
  } finally {
    clearTimeout(release)
    await lock.rollback().catch(() => undefined)
    other.close()
  }
}, 180_000)
