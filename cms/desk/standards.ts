import { and, asc, gt, gte, lt } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

import { CORRESPONDENCE, DEPARTMENTS } from '../core/slugs'
import { relationId } from '../core/relationId'
import { isChannel } from './core/model'
import { type CaseFacts, standardsReport } from './core/standards'

const DATE = /^\d{4}-\d{2}-\d{2}$/

export class RangeInputError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message)
  }
}

/** `from` and `to` as the report takes them: Toronto dates, `from` not after `to`, at most 5 years. */
export const readRange = (from: unknown, to: unknown) => {
  if (typeof from !== 'string' || !DATE.test(from) || Number.isNaN(Date.parse(from)))
    throw new RangeInputError('Give `from` as a date, YYYY-MM-DD.', 'from')
  if (typeof to !== 'string' || !DATE.test(to) || Number.isNaN(Date.parse(to)))
    throw new RangeInputError('Give `to` as a date, YYYY-MM-DD.', 'to')
  if (from > to) throw new RangeInputError('`from` must not be after `to`.', 'from')
  if (Date.parse(to) - Date.parse(from) > 5 * 366 * 86_400_000)
    throw new RangeInputError('Ask for at most five years at a time.', 'to')
  return { from, to }
}

const PAGE = 10_000

/* Drizzle's builders are typed per dialect; this read uses the subset SQLite and PostgreSQL share. */
type Builder = any // eslint-disable-line @typescript-eslint/no-explicit-any -- see the line above
type DrizzleDb = {
  name: string
  drizzle?: { select: (cols: unknown) => Builder }
  tables?: Record<string, Record<string, Builder>>
}

/**
 * The cases that arrived between two instants, a page at a time, with only the report's columns. On
 * SQLite and PostgreSQL one indexed SELECT per page straight from the table (a hundred thousand cases
 * in about a second); on MongoDB through the adapter.
 */
async function* caseRows(payload: Payload, start: string, end: string) {
  const db = payload.db as unknown as DrizzleDb
  const t = db.tables?.[CORRESPONDENCE]
  if ((db.name === 'sqlite' || db.name === 'postgres') && db.drizzle && t) {
    // Keyset pages (after the last id read): every page is one index range, however deep.
    for (let after: number | string = 0; ;) {
      const rows = (await db.drizzle
        .select({
          id: t.id,
          receivedAt: t.receivedAt,
          channel: t.channel,
          department: t.department,
          firstResponseDueAt: t.firstResponseDueAt,
          firstRespondedAt: t.firstRespondedAt,
          closedAt: t.closedAt,
          satisfaction: t.satisfaction,
        })
        .from(t)
        .where(and(gt(t.id, after), gte(t.receivedAt, start), lt(t.receivedAt, end)))
        .orderBy(asc(t.id))
        .limit(PAGE)) as (CaseRow & { id: number })[]
      yield rows
      if (rows.length < PAGE) return
      after = rows[rows.length - 1]!.id
    }
  }
  for (let page = 1; ; page += 1) {
    const result = await payload.db.find<CaseRow>({
      collection: CORRESPONDENCE,
      where: {
        and: [{ receivedAt: { greater_than_equal: start } }, { receivedAt: { less_than: end } }],
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

type CaseRow = {
  receivedAt?: string | null
  channel?: string | null
  department?: unknown
  firstResponseDueAt?: string | null
  firstRespondedAt?: string | null
  closedAt?: string | null
  satisfaction?: number | null
}

/**
 * The report's figures from the database: cases that arrived in the range (read in pages, only the
 * fields the report needs), the departments by name.
 */
export const loadStandards = async (
  payload: Payload,
  range: { from: string; to: string },
  now = new Date(),
) => {
  const departments = new Map<string, string>()
  for (const d of (
    await payload.find({
      collection: DEPARTMENTS,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
  ).docs)
    departments.set(String(d.id), d.name)
  // A day of margin each side in UTC; the report keeps the cases whose Toronto date is in the range.
  const start = new Date(Date.parse(`${range.from}T00:00:00Z`) - 86_400_000).toISOString()
  const end = new Date(Date.parse(`${range.to}T00:00:00Z`) + 2 * 86_400_000).toISOString()
  const facts: CaseFacts[] = []
  for await (const page of caseRows(payload, start, end))
    for (const doc of page) {
      if (!doc.receivedAt || !doc.firstResponseDueAt || !isChannel(doc.channel)) continue
      const department = relationId(doc.department)
      facts.push({
        receivedAt: new Date(doc.receivedAt),
        channel: doc.channel,
        department:
          department === null || department === undefined
            ? '(no department)'
            : (departments.get(String(department)) ?? String(department)),
        firstDueAt: new Date(doc.firstResponseDueAt),
        firstRespondedAt: doc.firstRespondedAt ? new Date(doc.firstRespondedAt) : null,
        closedAt: doc.closedAt ? new Date(doc.closedAt) : null,
        satisfaction: typeof doc.satisfaction === 'number' ? doc.satisfaction : null,
      })
    }
  return standardsReport(facts, range, now)
}
