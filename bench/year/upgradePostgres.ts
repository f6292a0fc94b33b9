import { randomUUID } from 'node:crypto'

import { withPostgresDatabase } from '../../cms/db/databaseUrl'
import { createPostgresDatabase, dropPostgresDatabase } from '../../tests/helpers/postgres'
import type { Row } from '../table'
import { upgradeRow } from './upgradeRow'
import { openRawSql, quote, type RawSql } from './rawSql'

type Log = (line: string) => void
type Shared = { table: string; columns: string[]; types: string[] }

/** A literal for SQL text (the connection string dblink takes). */
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`

/** dblink's connection string for a postgres:// URL. */
const dblinkConnection = (url: string) => {
  const parsed = new URL(url)
  const parts = {
    host: parsed.hostname,
    port: parsed.port || '5432',
    dbname: decodeURIComponent(parsed.pathname.slice(1)),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
  }
  return Object.entries(parts)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}='${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`)
    .join(' ')
}

/** The base tables of the public schema, each with its columns and their types. */
const tablesOf = async (sql: RawSql) => {
  const rows = await sql.all<{ table: string; column: string; type: string }>(
    `SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type
     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
     ORDER BY c.relname, a.attnum`,
  )
  const tables = new Map<string, Map<string, string>>()
  for (const row of rows) {
    const columns = tables.get(row.table) ?? new Map<string, string>()
    columns.set(row.column, row.type)
    tables.set(row.table, columns)
  }
  return tables
}

/** The year's rows of a table, every shared column as text, through dblink. */
const remoteRows = (connection: string, { table, columns }: Shared) =>
  `dblink(${literal(connection)}, ${literal(
    `SELECT ${columns.map((c) => `${quote(c)}::text`).join(', ')} FROM ${quote(table)}`,
  )}) AS year(${columns.map((c) => `${quote(c)} text`).join(', ')})`

/**
 * Upgrade at size on PostgreSQL: the previous release makes its schema in a database of its own
 * (`openPrevious`), every row of the year is copied into it through dblink (the columns both
 * releases have, each through its text form, so a column whose type changed between releases
 * still copies), its sequences set past the copied ids; this release then opens it, applying its
 * migrations, timed (`openThis`). After, every table both have holds the same rows, column for
 * column as text (EXCEPT both ways).
 */
export const upgradePostgresAtSize = async (
  yearUrl: string,
  previous: string,
  openPrevious: (databaseUrl: string) => void,
  openThis: (databaseUrl: string) => { seconds: number },
  log: Log,
): Promise<Row[]> => {
  const server = withPostgresDatabase(yearUrl, 'postgres')
  const name = `civic_upgrade_${randomUUID().slice(0, 8)}`
  const url = withPostgresDatabase(yearUrl, name)
  await createPostgresDatabase(name, server)
  // Every connection is closed once, at the end, before the database is dropped (its drop would
  // end them with an error that hides the run's own).
  const opened: RawSql[] = []
  const open = async (databaseUrl: string) => {
    const sql = await openRawSql(databaseUrl)
    opened.push(sql)
    return sql
  }
  try {
    openPrevious(url)
    log('  copying the year into its database (dblink)…')
    const connection = dblinkConnection(yearUrl)
    const year = await open(yearUrl)
    const theirs = await tablesOf(year)
    const sql = await open(url)
    await sql.run('CREATE EXTENSION IF NOT EXISTS dblink')
    const ours = await tablesOf(sql)
    const shared: Shared[] = []
    // Foreign keys and triggers wait until every table is copied.
    await sql.run("SET session_replication_role = 'replica'")
    for (const [table, columns] of ours) {
      if (table === 'payload_migrations' || !theirs.has(table)) continue
      const names = [...columns.keys()].filter((c) => theirs.get(table)!.has(c))
      if (!names.length) continue
      const entry = { table, columns: names, types: names.map((c) => columns.get(c)!) }
      await sql.run(`DELETE FROM ${quote(table)}`)
      await sql.run(
        `INSERT INTO ${quote(table)} (${names.map(quote).join(', ')}) SELECT ${names
          .map((c, i) => `year.${quote(c)}::${entry.types[i]}`)
          .join(', ')} FROM ${remoteRows(connection, entry)}`,
      )
      // A serial id's sequence goes past the copied ids (text ids have none).
      const [serial] = names.includes('id')
        ? await sql.all<{ s: string | null }>(
            `SELECT pg_get_serial_sequence(${literal(quote(table))}, 'id') AS s`,
          )
        : []
      if (serial?.s)
        await sql.run(
          `SELECT setval(${literal(serial.s)}, greatest((SELECT max(id) FROM ${quote(table)}), 1))`,
        )
      shared.push(entry)
    }
    await sql.run("SET session_replication_role = 'origin'")
    const bytes = await sql.size()
    log('  this release opens it (its migrations run)…')
    const upgraded = openThis(url)
    log('  checking every row…')
    const check = await open(url)
    let rows = 0
    const differing: string[] = []
    for (const entry of shared) {
      const local = `SELECT ${entry.columns.map((c) => `${quote(c)}::text`).join(', ')} FROM ${quote(entry.table)}`
      const remote = `SELECT * FROM ${remoteRows(connection, entry)}`
      const [difference] = await check.all<{ n: string }>(
        `SELECT (SELECT count(*) FROM (${local} EXCEPT ${remote}) a) + ` +
          `(SELECT count(*) FROM (${remote} EXCEPT ${local}) b) AS n`,
      )
      if (Number(difference?.n)) differing.push(`${entry.table} (${difference!.n})`)
      rows += Number(
        (await check.all<{ n: string }>(`SELECT count(*) AS n FROM ${quote(entry.table)}`))[0]?.n,
      )
    }
    return [
      upgradeRow({
        database: 'PostgreSQL',
        previous: previous,
        seconds: upgraded.seconds,
        bytes,
        rows,
        tables: shared.length,
        differing,
      }),
    ]
  } finally {
    for (const sql of opened) await sql.close().catch(() => undefined)
    await dropPostgresDatabase(name, server)
  }
}
