import { and, asc, gt, gte, lt, or } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

import { drizzleTable } from './drizzleTable'

const PAGE = 10_000

/**
 * The records whose `field` (a date) falls between two instants, a page at a time, with only the
 * named columns: for reports over hundreds of thousands of rows. On SQLite and PostgreSQL one
 * indexed SELECT per page straight from the table, keyset-paged along the field's index; on MongoDB
 * through the adapter.
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
  const direct = drizzleTable(payload, args.collection)
  if (direct) {
    const { drizzle, table: t } = direct
    const select = Object.fromEntries(['id', ...args.columns, args.field].map((c) => [c, t[c]]))
    const field = t[args.field]
    // Keyset pages in the order of the field's index (then id): each page is one index range, with
    // no sort, however deep. Ordering by id instead made the database sort the whole range per
    // page.
    let last: { value: string; id: number | string } | null = null
    for (;;) {
      // `field >= last` keeps the condition an index range; the OR only trims the rows equal to it.
      const after = last
        ? and(gte(field, last.value), or(gt(field, last.value), gt(t.id, last.id)))
        : gte(field, args.start)
      const rows = (await drizzle
        .select(select)
        .from(t)
        .where(and(after, lt(field, args.end)))
        .orderBy(asc(field), asc(t.id))
        .limit(PAGE)) as (T & { id: number } & Record<string, string>)[]
      yield rows
      if (rows.length < PAGE) return
      const end = rows[rows.length - 1]!
      last = { value: end[args.field]!, id: end.id }
    }
  }
  for (let page = 1; ; page += 1) {
    const result = await payload.db.find<T & { id: number | string }>({
      // Any large collection read by a date field; the caller types the rows it reads (T).
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
