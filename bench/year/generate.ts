import type { Harness } from '../../tests/helpers/harness'
import { countRows, doubleRows } from './clone'
import { openRawSql, type RawSql } from './rawSql'
import { readSchema } from './schema'
import { makeTemplates, queueBulletin } from './templates'

type Log = (line: string) => void

/** A year of a city of about 250,000: the figures (Toronto's and Boston's 311 per resident). */
export const YEAR = {
  requests: 100_000,
  items: 20_000,
  cases: 30_000,
  deliveries: 2_000_000,
  subscribers: 15_000,
} as const

export type YearScale = { [K in keyof typeof YEAR]: number }

/** The year at a fraction of its size (a quick run, or a test): each figure times `factor`. */
export const scaledYear = (factor: number): YearScale =>
  Object.fromEntries(
    Object.entries(YEAR).map(([key, value]) => [key, Math.max(1, Math.round(value * factor))]),
  ) as YearScale

const count = async (sql: RawSql, table: string) =>
  Number((await sql.all<{ n: number }>(`SELECT count(*) AS n FROM "${table}"`))[0]?.n ?? 0)

/** Rounds of doubling that bring `have` nearest to `want` (within a factor of √2). */
const roundsFor = (have: number, want: number) =>
  have <= 0 || have >= want ? 0 : Math.round(Math.log2(want / have))

/**
 * Fills the harness's database with a year: templates made through the application, then doubled
 * in SQL (bench/year/clone.ts) until each figure is reached, the bulletin's deliveries queued by the
 * outbox's own code to every copied subscriber and marked handed over, as a worker leaves them.
 */
export const fillYear = async (harness: Harness, scale: YearScale, log: Log) => {
  const started = performance.now()
  await makeTemplates(harness, log)
  const sql = await openRawSql(process.env.DATABASE_URL!)
  try {
    let shapes = await readSchema(sql)
    const grow = async (roots: string[], counted: string[], want: number, what: string) => {
      let have = 0
      for (const table of counted) have += await count(sql, table)
      const rounds = roundsFor(have, want)
      log(`  ${what}: ${have} made by the application, ${rounds} rounds of copies…`)
      await doubleRows(sql, shapes, roots, rounds, log)
    }
    await grow(
      ['service_requests', 'service_request_events', 'service_request_followers'],
      ['service_requests'],
      scale.requests,
      '311 requests with their history',
    )
    await grow(
      ['media_releases', 'publications'],
      ['media_releases', 'publications'],
      scale.items,
      'content items with their versions',
    )
    await grow(
      ['correspondence', 'correspondence_messages', 'desk_audit'],
      ['correspondence'],
      scale.cases,
      'desk cases with their threads',
    )
    await grow(['subscribers'], ['subscribers'], scale.subscribers, 'subscribers')
    log('  an emergency bulletin queued to every subscriber…')
    await queueBulletin(harness)
    await sql.run(
      "UPDATE deliveries SET status = 'sent', attempts = 1, sent_at = updated_at " +
        "WHERE status = 'queued'",
    )
    await sql.run("UPDATE sends SET status = 'done', sent = total WHERE status <> 'done'")
    shapes = await readSchema(sql)
    await grow(['sends', 'deliveries'], ['deliveries'], scale.deliveries, 'deliveries')
    // A year-old PostgreSQL database has its statistics (autovacuum keeps them); one just filled
    // in bulk has none yet, and the planner then guesses plans the City would never see.
    if (sql.dialect === 'postgres') {
      log('  statistics for the planner (ANALYZE)…')
      await sql.run('ANALYZE')
    }
    const counts = await countRows(sql, [
      'service_requests',
      'service_request_events',
      'media_releases',
      'publications',
      '_media_releases_v',
      '_publications_v',
      'correspondence',
      'correspondence_messages',
      'subscribers',
      'sends',
      'deliveries',
    ])
    return { counts, seconds: (performance.now() - started) / 1000, bytes: await sql.size() }
  } finally {
    await sql.close()
  }
}
