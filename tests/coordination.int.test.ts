import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import {
  INTAKE_RECEIPTS,
  MEDIA_RELEASES,
  DESK_PRESENCE,
  PROCESS_LEASES,
  RESIDENT_LINKS,
  RATE_LIMIT_HITS,
  SITE_BUILD_REQUESTS,
} from '../cms/core/slugs'
import {
  acquireLease,
  leaseHeld,
  releaseLease,
  renewLease,
  withLease,
} from '../cms/coordination/leases'
import { databaseLimiter } from '../cms/coordination/rateLimits'
import { DEMO_USERS } from '../cms/seed/demoUsers'
import { JOBS_RUNNER_LEASE, shouldRunJobs, stopRunningJobs } from '../cms/coordination/jobsRunner'
import {
  pendingBuildRequests,
  requestSiteBuild,
  resumeStrandedBuilds,
  SITE_BUILD_LEASE,
} from '../cms/coordination/siteBuildRequests'
import { beginClosing } from '../cms/coordination/closing'
import { buildWhileRequested } from '../cms/publishing/task'
import { SCHEDULED_WORK_LEASE } from '../cms/coordination/scheduledWork'
import { validContent } from './helpers/fixtures'
import { type Harness, startHarness } from './helpers/harness'

/**
 * What lets several CMS processes share one database: leases (one holder at a time, taken over when
 * the holder stops renewing), rate limits counted in the database, and site-build requests that a
 * single builder coalesces. Runs on SQLite, and on PostgreSQL in CI.
 */
let harness: Harness
beforeAll(async () => {
  // The tests run builds and passes themselves; Payload's own queue ticks stay out of the way.
  harness = await startHarness({ holdJobs: true })
})
afterAll(async () => harness?.close())

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('the jobs runner', () => {
  it('one process runs the queues; one taking over after a runner died resets the jobs it left running', async () => {
    const { payload } = harness
    await releaseLease(payload, JOBS_RUNNER_LEASE, 'the test')
    await acquireLease(payload, JOBS_RUNNER_LEASE, 100, 'runner that will die')
    const stuck = await payload.jobs.queue({
      task: 'buildSite',
      input: { reason: 'x' },
      queue: 'site',
    })
    await payload.db.updateOne({
      collection: 'payload-jobs',
      id: stuck.id,
      data: { processing: true },
    })
    expect(await shouldRunJobs(payload)).toBe(false) // the other runner's lease still runs
    await sleep(150)
    expect(await shouldRunJobs(payload)).toBe(true)
    const job = await payload.findByID({ collection: 'payload-jobs', id: stuck.id, depth: 0 })
    expect(job.processing).toBe(false)
    expect(await shouldRunJobs(payload)).toBe(true) // renewed at each tick
    await stopRunningJobs(payload)
    expect(await leaseHeld(payload, JOBS_RUNNER_LEASE)).toBe(false)
    await payload.delete({ collection: 'payload-jobs', id: stuck.id, overrideAccess: true })
    await acquireLease(payload, JOBS_RUNNER_LEASE, 3_600_000, 'the test')
  })
})

describe('leases', () => {
  it('one holder at a time; an expired lease is taken over and its old holder can no longer renew it', async () => {
    const { payload } = harness
    expect(await acquireLease(payload, 'l1', 60_000, 'process-a')).toBe(true)
    expect(await acquireLease(payload, 'l1', 60_000, 'process-b')).toBe(false)
    expect(await renewLease(payload, 'l1', 60_000, 'process-a')).toBe(true)
    expect(await renewLease(payload, 'l1', 60_000, 'process-b')).toBe(false)
    // A releases only its own lease.
    await releaseLease(payload, 'l1', 'process-b')
    expect(await leaseHeld(payload, 'l1')).toBe(true)

    expect(await acquireLease(payload, 'l2', 50, 'process-a')).toBe(true)
    await sleep(80) // A stalled past its lease
    expect(await leaseHeld(payload, 'l2')).toBe(false)
    expect(await acquireLease(payload, 'l2', 60_000, 'process-b')).toBe(true)
    expect(await renewLease(payload, 'l2', 60_000, 'process-a')).toBe(false)
    await releaseLease(payload, 'l2', 'process-a')
    expect(await leaseHeld(payload, 'l2')).toBe(true)
    await releaseLease(payload, 'l2', 'process-b')
    expect(await leaseHeld(payload, 'l2')).toBe(false)
  })

  it('of eight holders racing for a free lease exactly one wins', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => acquireLease(harness.payload, 'race', 60_000, `p${i}`)),
    )
    expect(results.filter(Boolean)).toHaveLength(1)
  })

  it('withLease runs the work once among concurrent callers, and frees the lease after, even on error', async () => {
    let running = 0
    let runs = 0
    const work = async () => {
      running += 1
      runs += 1
      expect(running).toBe(1)
      await sleep(200)
      running -= 1
      return 'done'
    }
    const outcomes = await Promise.all([
      withLease(harness.payload, 'work', 60_000, work),
      withLease(harness.payload, 'work', 60_000, work),
      withLease(harness.payload, 'work', 60_000, work),
    ])
    expect(runs).toBe(1)
    expect(outcomes.filter((o) => o.ran)).toEqual([{ ran: true, result: 'done' }])
    await expect(
      withLease(harness.payload, 'work', 60_000, async () => {
        throw new Error('boom')
      }),
    ).rejects.toThrow('boom')
    expect(await leaseHeld(harness.payload, 'work')).toBe(false)
  })

  it('nobody, in any role, reads, writes or deletes intake receipts through the API', async () => {
    const receipt = await harness.payload.db.create({
      collection: INTAKE_RECEIPTS,
      data: {
        key: 'access-test',
        at: new Date().toISOString(),
        expiresAt: new Date().toISOString(),
      },
    })
    for (const as of [undefined, ...DEMO_USERS.map((u) => u.email)]) {
      const tries = [
        harness.rest('GET', `/${INTAKE_RECEIPTS}`, { as }),
        harness.rest('GET', `/${INTAKE_RECEIPTS}/${receipt.id}`, { as }),
        harness.rest('POST', `/${INTAKE_RECEIPTS}`, { as, body: { key: 'x', at: 'x' } }),
        harness.rest('PATCH', `/${INTAKE_RECEIPTS}/${receipt.id}`, { as, body: { key: 'y' } }),
        harness.rest('DELETE', `/${INTAKE_RECEIPTS}/${receipt.id}`, { as }),
      ]
      for (const [index, answer] of (await Promise.all(tries)).entries())
        expect([401, 403, 404], `operation ${index} as ${as}`).toContain(answer.status)
    }
    const kept = await harness.payload.db.findOne({
      collection: INTAKE_RECEIPTS,
      where: { id: { equals: receipt.id } },
    })
    expect(kept).toMatchObject({ key: 'access-test' })
  })

  it('nobody reads or writes leases, rate-limit hits, build requests, case presence or resident links through the API', async () => {
    for (const slug of [
      PROCESS_LEASES,
      RATE_LIMIT_HITS,
      SITE_BUILD_REQUESTS,
      DESK_PRESENCE,
      RESIDENT_LINKS,
    ]) {
      for (const as of [undefined, 'admin@city.example']) {
        expect([401, 403], `${slug} read as ${as}`).toContain(
          (await harness.rest('GET', `/${slug}`, { as })).status,
        )
        expect([401, 403], `${slug} create as ${as}`).toContain(
          (await harness.rest('POST', `/${slug}`, { as, body: { key: 'x', reason: 'x' } })).status,
        )
      }
    }
  })
})

describe('rate limits held in the database', () => {
  it('two limiters of one name (two processes) share one count; other keys and names are apart', async () => {
    const limit = { max: 3, windowMs: 60_000 }
    const inProcessA = databaseLimiter('sign-in-test', limit)
    const inProcessB = databaseLimiter('sign-in-test', limit)
    const takes = []
    for (const limiter of [inProcessA, inProcessB, inProcessA, inProcessB])
      takes.push(await limiter.take(harness.payload, '203.0.113.9'))
    expect(takes).toEqual([true, true, true, false])
    expect(await inProcessA.take(harness.payload, '203.0.113.10')).toBe(true)
    expect(await databaseLimiter('other', limit).take(harness.payload, '203.0.113.9')).toBe(true)
  })

  it('concurrent attempts never pass more than the limit', async () => {
    const limiter = databaseLimiter('burst', { max: 5, windowMs: 60_000 })
    const results = await Promise.all(
      Array.from({ length: 20 }, () => limiter.take(harness.payload, 'one-key')),
    )
    // Exactly the limit on a database that orders writes (SQLite; PostgreSQL's ids in practice).
    expect(results.filter(Boolean).length).toBeLessThanOrEqual(5)
    expect(results.filter(Boolean).length).toBeGreaterThanOrEqual(4)
  })

  it('stores no address in the clear, and forgets hits once their window has passed', async () => {
    const limiter = databaseLimiter('short', { max: 1, windowMs: 100 })
    expect(await limiter.take(harness.payload, 'resident@example.com')).toBe(true)
    expect(await limiter.take(harness.payload, 'resident@example.com')).toBe(false)
    const { docs } = await harness.payload.db.find<{ key: string }>({
      collection: RATE_LIMIT_HITS,
      pagination: false,
      limit: 0,
    })
    expect(docs.some((d) => d.key.includes('resident') || d.key.includes('example.com'))).toBe(
      false,
    )
    await sleep(150)
    expect(await limiter.take(harness.payload, 'resident@example.com')).toBe(true)
    const left = await harness.payload.db.count({
      collection: RATE_LIMIT_HITS,
      where: { key: { like: 'short:' } },
    })
    expect(left.totalDocs).toBe(1)
  })

  it('the sign-in limit counts attempts made through any instance', async () => {
    // Thirty attempts an IP in ten minutes, whichever process they reach (cms/access/authLimits.ts).
    const statuses: number[] = []
    for (let i = 0; i < 31; i += 1) {
      const answer = await harness.rest('POST', '/users/login', {
        body: { email: `nobody-${i}@city.example`, password: 'wrong' },
        headers: { 'x-forwarded-for': '198.51.100.77' },
      })
      statuses.push(answer.status)
    }
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true)
    expect(statuses[30]).toBe(429)
    // Nothing in memory: a limiter made now (another process) sees the same thirty-one attempts.
    const hits = await harness.payload.db.count({
      collection: RATE_LIMIT_HITS,
      where: { key: { like: 'login-ip:' } },
    })
    expect(hits.totalDocs).toBeGreaterThanOrEqual(30)
  })
})

describe('site builds', () => {
  it('requests made meanwhile coalesce into one build; a second builder finds nothing to do', async () => {
    const built = vi.spyOn(harness.payload.logger, 'info')
    const builds = () =>
      built.mock.calls.filter((call) => String(call[0]).startsWith('Public site built')).length
    for (const reason of ['first change', 'second change', 'third change'])
      await requestSiteBuild(harness.payload, reason)
    expect(await pendingBuildRequests(harness.payload)).toHaveLength(3)
    const [one, two] = await Promise.all([
      buildWhileRequested(harness.payload),
      buildWhileRequested(harness.payload),
    ])
    expect(builds()).toBe(1)
    expect([one, two].filter(Boolean)).toHaveLength(1)
    expect(await pendingBuildRequests(harness.payload)).toHaveLength(0)
    const status = await harness.payload.findGlobal({ slug: 'site-status', overrideAccess: true })
    expect(status.reason).toBe('first change; second change and 1 more')
    expect(await buildWhileRequested(harness.payload)).toBeNull()
    expect(builds()).toBe(1)
    built.mockRestore()
  }, 360_000)

  it('a builder that died holding the lease is replaced once the lease expires', async () => {
    await harness.payload.delete({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'buildSite' } },
      overrideAccess: true,
    })
    await acquireLease(harness.payload, SITE_BUILD_LEASE, 60_000, 'dead-process')
    await requestSiteBuild(harness.payload, 'published while the builder died')
    expect(await buildWhileRequested(harness.payload)).toBeNull() // the holder is still "alive"
    await harness.payload.delete({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'buildSite' } },
      overrideAccess: true,
    })
    const later = new Date(Date.now() + 15_000)
    expect(await resumeStrandedBuilds(harness.payload, later)).toBe(false) // its lease still runs
    await harness.payload.db.updateMany({
      collection: PROCESS_LEASES,
      where: { key: { equals: SITE_BUILD_LEASE } },
      data: { expiresAt: new Date(Date.now() - 1000).toISOString() },
    })
    expect(await resumeStrandedBuilds(harness.payload, later)).toBe(true)
    const jobs = await harness.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'buildSite' } },
      overrideAccess: true,
    })
    expect(jobs.totalDocs).toBe(1)
    expect((await buildWhileRequested(harness.payload))?.pages).toBeGreaterThan(0)
    expect(await pendingBuildRequests(harness.payload)).toHaveLength(0)
  }, 360_000)
})

describe('scheduled publishing', () => {
  it('while another process holds the scheduled pass, this one publishes nothing; then it does, once', async () => {
    const writer = 'writer@city.example'
    const manager = 'manager@city.example'
    const created = await harness.rest('POST', `/${MEDIA_RELEASES}`, {
      as: writer,
      body: validContent(MEDIA_RELEASES, 'Winter parking ban begins'),
    })
    const id = created.body.doc.id
    const act = (as: string, body: Record<string, unknown>) =>
      harness.rest('POST', `/${MEDIA_RELEASES}/${id}/workflow`, { as, body })
    await act(writer, { action: 'submit' })
    await act(manager, { action: 'approve' })
    const scheduled = await act(manager, {
      action: 'schedule',
      publishAt: new Date(Date.now() + 1000).toISOString(),
    })
    expect(scheduled.status, JSON.stringify(scheduled.body)).toBe(200)
    await sleep(1200)

    // The pass as the jobs queue runs it: the task the config composed from every domain's steps.
    const task = harness.payload.config.jobs.tasks?.find((t) => t.slug === 'publishDue')
    const pass = () =>
      (task!.handler as (args: unknown) => Promise<{ output: { published: number } }>)({
        req: { payload: harness.payload },
      })
    await acquireLease(harness.payload, SCHEDULED_WORK_LEASE, 60_000, 'other-process')
    expect((await pass()).output.published).toBe(0)
    await releaseLease(harness.payload, SCHEDULED_WORK_LEASE, 'other-process')
    const [a, b] = await Promise.all([pass(), pass()])
    expect(a.output.published + b.output.published).toBe(1)
    const live = await harness.payload.findByID({ collection: MEDIA_RELEASES, id })
    expect(live.workflowState).toBe('published')
  })
})

// Last in the file: the instance stays closing until afterAll closes it.
describe('a process being stopped', () => {
  it('starts no new build or jobs tick once closing; the requests stay for the next process', async () => {
    const { payload } = harness
    await releaseLease(payload, JOBS_RUNNER_LEASE, 'the test')
    await requestSiteBuild(payload, 'published just before the stop')
    const waiting = (await pendingBuildRequests(payload)).length
    beginClosing(payload)
    expect(await shouldRunJobs(payload)).toBe(false)
    expect(await buildWhileRequested(payload)).toBeNull()
    expect(await pendingBuildRequests(payload)).toHaveLength(waiting)
  })
})
