import { randomUUID } from 'node:crypto'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { handleEndpoints, type Payload, type SanitizedConfig } from 'payload'

import { MEDIA_RELEASES } from '../cms/core/slugs'
import { richText } from '../cms/core/text/lexical'
import { type Row, stats } from './table'

type Log = (line: string) => void

const time = async (fn: () => Promise<unknown>) => {
  const started = performance.now()
  await fn()
  return performance.now() - started
}

const repeat = async (count: number, fn: (i: number) => Promise<unknown>) => {
  const samples: number[] = []
  for (let i = 0; i < count; i += 1) samples.push(await time(() => fn(i)))
  return samples
}

/** Payload on a fresh SQLite file: boot, writes, reads and the public (access-filtered) listing. */
export const benchCms = async (
  volume: number,
  log: Log,
): Promise<{ rows: Row[]; databaseFile: string; payload: Payload }> => {
  const dir = await mkdtemp(path.join(tmpdir(), 'civic-bench-'))
  const databaseFile = path.join(dir, 'cms.db')
  Object.assign(process.env, {
    // A server database instead when the run names one (npm run bench with BENCH_POSTGRES_URL).
    DATABASE_URL: process.env.BENCH_DATABASE_URL || `file:${databaseFile}`,
    DATA_DIR: dir,
    LOG_LEVEL: 'fatal',
  })
  const { openPayload } = await import('../cms/boot')
  const key = `bench-${randomUUID()}`
  let payload!: Payload
  const bootMs = await time(async () => {
    payload = await openPayload({ key })
  })
  const rows: Row[] = [
    {
      measure: `boot + migrate an empty ${process.env.BENCH_DATABASE_URL ? 'database' : 'SQLite file'}`,
      value: bootMs,
      unit: 'ms',
    },
  ]

  log(`  creating ${volume} published media releases…`)
  const creates = await repeat(volume, (i) =>
    payload.create({
      collection: MEDIA_RELEASES,
      data: {
        _status: 'published',
        workflowState: 'published',
        title: `Bench release ${i}`,
        summary: `Summary ${i}.`,
        body: richText({ paragraph: `Body ${i}.` }),
      },
      overrideAccess: true,
      // Seeded straight to live, as `npm run seed -- --count` does; people go through the workflow.
      context: { seed: true },
    }),
  )
  const created = stats(creates)
  rows.push({
    measure: 'create a published media release (Local API)',
    value: created.median,
    unit: 'ms',
    note: `p95 ${created.p95.toFixed(1)} ms, ${volume} items`,
  })

  const { docs } = await payload.find({
    collection: MEDIA_RELEASES,
    limit: 50,
    depth: 0,
    overrideAccess: true,
  })
  const ids = docs.map((doc) => doc.id)
  const reads = stats(
    await repeat(500, (i) =>
      payload.findByID({ collection: MEDIA_RELEASES, id: ids[i % ids.length]!, depth: 0 }),
    ),
  )
  rows.push({
    measure: 'findByID (Local API, depth 0)',
    value: reads.median,
    unit: 'ms',
    note: `p95 ${reads.p95.toFixed(2)} ms`,
  })

  const listed = stats(
    await repeat(200, () =>
      payload.find({ collection: MEDIA_RELEASES, limit: 10, depth: 0, overrideAccess: false }),
    ),
  )
  rows.push({
    measure: 'public list, page of 10 (access-filtered)',
    value: listed.median,
    unit: 'ms',
    note: `p95 ${listed.p95.toFixed(2)} ms, of ${volume}`,
  })

  const config = payload.config as SanitizedConfig
  const rest = stats(
    await repeat(200, async () => {
      const request = new Request('http://localhost/api/media-releases?limit=10&depth=0')
      const response = await handleEndpoints({ config, request, payloadInstanceCacheKey: key })
      await response.text()
    }),
  )
  rows.push({
    measure: 'REST GET /api/media-releases?limit=10 (handler)',
    value: rest.median,
    unit: 'ms',
    note: `p95 ${rest.p95.toFixed(2)} ms`,
  })
  return { rows, databaseFile, payload }
}

/** Run on its own (the Payload config reads DATABASE_URL once per process): prints rows as JSON. */
if (process.argv[1]?.endsWith('cms.ts')) {
  const { rows, payload } = await benchCms(Number(process.argv[2] ?? 1000), (line) =>
    console.error(line),
  )
  const { closePayload } = await import('../cms/boot')
  await closePayload(payload)
  console.log(JSON.stringify(rows))
  process.exit(0)
}
