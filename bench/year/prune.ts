import { randomUUID } from 'node:crypto'

import type { Row } from '../table'
import { openRawSql } from './rawSql'

type Log = (line: string) => void

/**
 * Retention's scheduled pass (cms/ops/retention.ts, with the default settings) run over the year until
 * nothing is left, pass after pass as the scheduler would; the database's size before, after the
 * passes, and after the space is given back (VACUUM, which a city runs in a quiet hour).
 */
export const pruneYear = async (databaseUrl: string, log: Log): Promise<Row[]> => {
  const sql = await openRawSql(databaseUrl)
  const count = async () =>
    Number((await sql.all<{ n: number }>('SELECT count(*) AS n FROM deliveries'))[0]?.n ?? 0)
  const before = { bytes: await sql.size(), deliveries: await count() }
  const { closePayload, openPayload } = await import('../../cms/boot')
  const { pruneExpired } = await import('../../cms/ops/retention')
  const { DEFAULT_RETENTION } = await import('../../cms/settings/retention')
  const payload = await openPayload({ key: `bench-year-prune-${randomUUID()}` })
  const started = performance.now()
  let passes = 0
  let longest = 0
  const removed: Record<string, number> = {}
  try {
    for (;;) {
      const pass = performance.now()
      const report = await pruneExpired(payload, { settings: DEFAULT_RETENTION })
      longest = Math.max(longest, performance.now() - pass)
      passes += 1
      for (const [kind, n] of Object.entries(report))
        if (typeof n === 'number') removed[kind] = (removed[kind] ?? 0) + n
      if (passes % 20 === 0) log(`  pass ${passes}: ${removed.deliveries ?? 0} deliveries removed`)
      if (report.complete) break
    }
  } finally {
    await closePayload(payload)
  }
  const seconds = (performance.now() - started) / 1000
  const after = { bytes: await sql.size(), deliveries: await count() }
  log('  giving the space back (VACUUM)…')
  const vacuumStarted = performance.now()
  await sql.run(sql.dialect === 'postgres' ? 'VACUUM FULL deliveries' : 'VACUUM')
  const vacuumSeconds = (performance.now() - vacuumStarted) / 1000
  const vacuumed = await sql.size()
  await sql.close()
  const mib = (bytes: number) => bytes / 2 ** 20
  return [
    {
      measure: 'retention: passes until the year is caught up',
      value: seconds,
      unit: 's',
      note: `${passes} passes of ≤ 1 s (longest ${longest.toFixed(0)} ms); removed ${Object.entries(
        removed,
      )
        .filter(([, n]) => n > 0)
        .map(([kind, n]) => `${n.toLocaleString('en-CA')} ${kind}`)
        .join(
          ', ',
        )}; deliveries ${before.deliveries.toLocaleString('en-CA')} → ${after.deliveries.toLocaleString('en-CA')}`,
    },
    {
      measure: 'database size before retention',
      value: mib(before.bytes),
      unit: 'MiB',
    },
    {
      measure: 'database size after retention, then after VACUUM',
      value: mib(vacuumed),
      unit: 'MiB',
      note: `${mib(after.bytes).toFixed(0)} MiB before VACUUM (space kept for reuse); VACUUM ${vacuumSeconds.toFixed(0)} s`,
    },
  ]
}
