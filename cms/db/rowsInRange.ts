import { and, asc, gt, gte, lt } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

/* Drizzle's builders are typed per dialect; this read uses the subset SQLite and PostgreSQL share. */
type Builder = any // eslint-disable-line @typescript-eslint/no-explicit-any -- see the line above
type DrizzleDb = {
  name: string
  drizzle?: { select: (cols: unknown) => Builder }
  tables?: Record<string, Record<string, Builder>>
}

const PAGE = 10_000

/**
 * The records whose `field` (a date) falls between two instants, a page at a time, with only the named
 * columns: for reports over hundreds of thousands of rows. On SQLite and PostgreSQL one indexed SELECT
 * per page straight from the table, keyset-paged by id so every page is one index range however deep;
 * on MongoDB through the adapter.
 */
export async function* rowsInRange<T>(
  payload: Payload,
  args: {
    collection: string
    field: string
    start: string
    end: string
    columns: readonly string[]
  },
): AsyncGenerator<(T & { id: number | string })[]> {
  const db = payload.db as unknown as DrizzleDb
  const t = db.tables?.[args.collection]
  if ((db.name === 'sqlite' || db.name === 'postgres') && db.drizzle && t) {
    const select = Object.fromEntries(['id', ...args.columns].map((c) => [c, t[c]]))
    for (let after: number | string = 0; ;) {
      const rows = (await db.drizzle
        .select(select)
        .from(t)
        .where(and(gt(t.id, after), gte(t[args.field], args.start), lt(t[args.field], args.end)))
        .orderBy(asc(t.id))
        .limit(PAGE)) as (T & { id: number })[]
      yield rows
      if (rows.length < PAGE) return
      after = rows[rows.length - 1]!.id
    }
  }
  for (let page = 1; ; page += 1) {
    const result = await payload.db.find<T & { id: number | string }>({
      collection: args.collection as never,
      where: {
        and: [
          { [args.field]: { greater_than_equal: args.start } },
          { [args.field]: { less_than: args.end } },
        ],
      },
      sort: 'id',
      limit: PAGE,
      page,
      pagination: true,
    })
    yield result.docs
    if (!result.hasNextPage) return
  }
}
