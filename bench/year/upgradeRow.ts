import type { Row } from '../table'

/** The upgrade at size's row, the same for SQLite and PostgreSQL (upgrade.ts, upgradePostgres.ts). */
export const upgradeRow = (result: {
  database: 'SQLite' | 'PostgreSQL'
  previous: string
  seconds: number
  bytes: number
  rows: number
  tables: number
  differing: string[]
}): Row => ({
  measure: `upgrade at size: ${result.previous} → this release, ${result.database}`,
  value: result.seconds,
  unit: 's',
  note: `open with migrations, ${(result.bytes / 2 ** 20).toFixed(0)} MiB, ${result.rows.toLocaleString('en-CA')} rows in ${result.tables} tables; ${
    result.differing.length
      ? `ROWS DIFFER: ${result.differing.join(', ')}`
      : 'every row the same after'
  }`,
})
