import { afterAll, beforeAll, expect, it } from 'vitest'

import { RATE_LIMIT_HITS } from '../../cms/core/slugs'
import { inOneTransaction } from '../../cms/db'
import { DEFAULT_TEST_DATABASE, type Harness, startHarness } from '../helpers/harness'

/**
 * The transaction intake runs in, on the run's database (SQLite here, PostgreSQL in CI's server
 * pass): rows written in it are seen by nobody else until it commits, and are gone if it fails.
 */
let harness: Harness
beforeAll(async () => {
  harness = await startHarness({ seedUsers: false })
}, 180_000)
afterAll(async () => harness?.close())

const count = async (key: string) =>
  (
    await harness.payload.count({
      collection: RATE_LIMIT_HITS,
      where: { key: { equals: key } },
      overrideAccess: true,
    })
  ).totalDocs

const write = (key: string, req?: Parameters<typeof harness.payload.create>[0]['req']) =>
  harness.payload.create({
    collection: RATE_LIMIT_HITS,
    data: { key, at: new Date().toISOString() },
    overrideAccess: true,
    req,
  })

it('rows written in the transaction are invisible outside it until it commits', async () => {
  let seenInside = -1
  let seenOutside = -1
  await inOneTransaction(harness.payload, async (req) => {
    await write('tx-commit', req)
    await write('tx-commit', req)
    seenInside = (
      await harness.payload.count({
        collection: RATE_LIMIT_HITS,
        where: { key: { equals: 'tx-commit' } },
        overrideAccess: true,
        req,
      })
    ).totalDocs
    seenOutside = await count('tx-commit')
  })
  expect(seenInside).toBe(2)
  expect(seenOutside).toBe(0)
  expect(await count('tx-commit')).toBe(2)
})

it('a failure half-way leaves none of its rows', async () => {
  await expect(
    inOneTransaction(harness.payload, async (req) => {
      await write('tx-fail', req)
      await write('tx-fail', req)
      throw new Error('the disk filled up')
    }),
  ).rejects.toThrow('the disk filled up')
  expect(await count('tx-fail')).toBe(0)
})

it('a writer elsewhere in the process is not failed by the transaction (on SQLite it waits)', async () => {
  let entered!: () => void
  const inside = new Promise<void>((resolve) => (entered = resolve))
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  const transaction = inOneTransaction(harness.payload, async (req) => {
    await write('tx-wait', req)
    entered()
    await released
    await write('tx-wait', req)
  })
  await inside
  // Another request's write, while the transaction is open.
  let settled = false
  const outside = write('tx-wait-outside').finally(() => (settled = true))
  await new Promise((resolve) => setTimeout(resolve, 300))
  // SQLite has one writer at a time: the other write waits. PostgreSQL writes other rows at once.
  expect(settled).toBe(DEFAULT_TEST_DATABASE !== 'sqlite')
  release()
  await transaction
  await outside
  expect(await count('tx-wait')).toBe(2)
  expect(await count('tx-wait-outside')).toBe(1)
})

// On SQLite, which every run tests first: PostgreSQL cannot tell such a write from another request's.
it.runIf(DEFAULT_TEST_DATABASE === 'sqlite')(
  'a write inside the work that forgets the transaction fails at once and takes the rest back',
  async () => {
    const failed = await inOneTransaction(harness.payload, async (req) => {
      await write('tx-forgot', req)
      await write('tx-forgot')
    }).catch((error: Error) => error)
    // Drizzle wraps the gate's error in its "Failed query" one.
    expect(String((failed as Error).cause)).toMatch(/pass the transaction/)
    expect(await count('tx-forgot')).toBe(0)
  },
)

it('work is begun again when the conflict it names happens, and only then', async () => {
  let attempts = 0
  const result = await inOneTransaction(
    harness.payload,
    async (req) => {
      attempts += 1
      await write('tx-retry', req)
      if (attempts < 3) throw new Error('reference taken')
      return 'stored'
    },
    { retryOn: (error) => (error as Error).message === 'reference taken' },
  )
  expect(result).toBe('stored')
  expect(attempts).toBe(3)
  expect(await count('tx-retry')).toBe(1)
})
