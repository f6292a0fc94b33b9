import { quote, type RawSql } from './rawSql'
import { familyOf, parentsFirst, type Column, type TableShape } from './schema'

const YEAR_SECONDS = 365 * 86_400

/**
 * Doubles a family of tables `rounds` times: every row (and its locales, versions, relationships
 * and arrays, and the rows of the other tables in `roots` that point at it) is copied with new
 * ids, its unique values suffixed and its dates moved back. Round r of R moves its copies back by
 * 2^(r-1)/2^R of a year, so after R rounds the rows spread evenly over the year before now, each
 * copy keeping the order of its own dates (opened before closed). Real rows made through Payload
 * go in; the same rows, many times, come out: the database's shape is the application's own.
 */
export const doubleRows = async (
  sql: RawSql,
  shapes: Map<string, TableShape>,
  roots: string[],
  rounds: number,
  log: (line: string) => void,
) => {
  const tables = parentsFirst(shapes, familyOf(shapes, roots))
  const inSet = new Set(tables)
  const integerId = (table: string) =>
    shapes.get(table)!.columns.find((c) => c.name === 'id')?.integer ?? false
  for (let round = 1; round <= rounds; round += 1) {
    const shift = Math.round((YEAR_SECONDS * 2 ** (round - 1)) / 2 ** rounds)
    const offsets = new Map<string, number>()
    for (const table of tables) {
      if (!integerId(table)) continue
      const [row] = await sql.all<{ top: number | null }>(
        `SELECT max(id) AS top FROM ${quote(table)}`,
      )
      offsets.set(table, Number(row?.top ?? 0))
    }
    for (const table of tables) {
      const shape = shapes.get(table)!
      const uniqueTops = new Map<string, number>()
      for (const column of shape.columns)
        if (shape.unique.has(column.name) && column.integer && !shape.references.has(column.name)) {
          const [row] = await sql.all<{ top: number | null }>(
            `SELECT max(${quote(column.name)}) AS top FROM ${quote(table)}`,
          )
          uniqueTops.set(column.name, Number(row?.top ?? 0))
        }
      const value = (column: Column) => {
        const name = quote(column.name)
        const target = column.name === 'id' ? table : shape.references.get(column.name)
        if (target && inSet.has(target))
          return integerId(target) ? `${name} + ${offsets.get(target)}` : `${name} || '-${round}'`
        if (shape.unique.has(column.name) && column.text) return `${name} || '-${round}'`
        if (uniqueTops.has(column.name)) return `${name} + ${uniqueTops.get(column.name)}`
        if (column.date)
          return sql.dialect === 'postgres'
            ? `${name} - interval '${shift} seconds'`
            : `CASE WHEN ${name} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-*' ` +
                `THEN strftime('%Y-%m-%dT%H:%M:%fZ', ${name}, '-${shift} seconds') ELSE ${name} END`
        return name
      }
      const names = shape.columns.map((c) => quote(c.name)).join(', ')
      await sql.run(
        `INSERT INTO ${quote(table)} (${names}) SELECT ${shape.columns.map(value).join(', ')} FROM ${quote(table)}`,
      )
    }
    const [first] = await sql.all<{ n: number }>(`SELECT count(*) AS n FROM ${quote(roots[0]!)}`)
    log(`    round ${round}/${rounds}: ${Number(first?.n).toLocaleString('en-CA')} ${roots[0]}`)
  }
  if (sql.dialect === 'postgres')
    for (const table of tables)
      if (integerId(table))
        await sql.run(
          `SELECT setval(pg_get_serial_sequence('${quote(table)}', 'id'), ` +
            `(SELECT coalesce(max(id), 1) FROM ${quote(table)}))`,
        )
  return tables
}

/** Rows per table, for the tables named. */
export const countRows = async (sql: RawSql, tables: string[]) => {
  const counts: Record<string, number> = {}
  for (const table of tables) {
    const [row] = await sql.all<{ n: number }>(`SELECT count(*) AS n FROM ${quote(table)}`)
    counts[table] = Number(row?.n ?? 0)
  }
  return counts
}
