import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { REFERENCE_COUNTERS, SERVICE_REQUESTS } from '../cms/core/slugs'
import { nextInSeries } from '../cms/db/referenceCounter'
import { seedDemo311 } from '../cms/seed/seed'
import { submitRequest } from '../cms/servicerequests'
import { type Harness, startHarness } from './helpers/harness'

/**
 * References people quote (SR-2026-000123) come from one counter per series, taken atomically:
 * reports arriving at once, in one process or several, each get their own number at the first
 * try. Runs on SQLite, and on PostgreSQL in CI, where the old "highest stored plus one" gave every
 * report in flight the same number (bench:storm).
 */
let harness: Harness
beforeAll(async () => {
  harness = await startHarness()
  await seedDemo311(harness.payload)
})
afterAll(async () => {
  await harness?.close()
})

describe('a reference series', () => {
  it('counts from one past the floor, never below it, and keeps series apart', async () => {
    const { payload } = harness
    expect(await nextInSeries(payload, 'test:A-2026', 0)).toBe(1)
    expect(await nextInSeries(payload, 'test:A-2026', 0)).toBe(2)
    // Rows made another way (an import) reach 40: the next is past them.
    expect(await nextInSeries(payload, 'test:A-2026', 40)).toBe(41)
    expect(await nextInSeries(payload, 'test:A-2026', 3)).toBe(42)
    expect(await nextInSeries(payload, 'test:B-2026', 7)).toBe(8)
    expect(await nextInSeries(payload, 'test:A-2027', 0)).toBe(1)
  })

  it('gives 40 callers at once 40 different numbers, one after the other', async () => {
    const numbers = await Promise.all(
      Array.from({ length: 40 }, () => nextInSeries(harness.payload, 'test:C-2026', 0)),
    )
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1))
  })

  it('12 reports stored at once, each in a slow transaction, all get their own reference at the first try', async () => {
    let stores = 0
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        submitRequest(harness.payload, {
          serviceCode: 'POTHOLE',
          description: `Storm report ${i}`,
          addressString: `${10 + i} Main Street`,
          email: `storm${i}@resident.example`,
          channel: 'email',
          locationOptional: true,
          // Each transaction stays open a while, as a report with photos does under load: every
          // one of the twelve is in flight together.
          alsoStore: async () => {
            stores += 1
            await new Promise((resolve) => setTimeout(resolve, 150))
          },
        }),
      ),
    )
    expect(outcomes.map((o) => o.kind)).toEqual(Array(12).fill('created'))
    const references = outcomes.map((o) => (o.kind === 'created' ? o.doc.reference : ''))
    expect(new Set(references).size).toBe(12)
    // Not one transaction was begun again for a taken number.
    expect(stores).toBe(12)
    const stored = await harness.payload.count({
      collection: SERVICE_REQUESTS,
      where: { reference: { in: references } },
      overrideAccess: true,
    })
    expect(stored.totalDocs).toBe(12)
  })

  it('nobody reads or writes the counters through the API', async () => {
    for (const as of [undefined, 'admin@city.example']) {
      expect([401, 403]).toContain(
        (await harness.rest('GET', `/${REFERENCE_COUNTERS}`, { as })).status,
      )
      const write = await harness.rest('POST', `/${REFERENCE_COUNTERS}`, {
        as,
        body: { key: 'service-requests:SR-2026', value: 1 },
      })
      expect([401, 403]).toContain(write.status)
    }
  })
})
