import type { Payload } from 'payload'

import { CORRESPONDENCE, DEPARTMENTS } from '../core/slugs'
import { relationId } from '../core/relationId'
import { rowsInRange } from '../db'
import { CLOCK_RUNNING_STATES, isChannel } from './core/model'
import { type CaseFacts, standardsReport } from './core/standards'
import type { Correspondence } from '../payload-types'

/** The columns the report reads of each case (of the generated type). */
type CaseRow = Pick<
  Correspondence,
  | 'receivedAt'
  | 'channel'
  | 'department'
  | 'firstResponseDueAt'
  | 'firstRespondedAt'
  | 'closedAt'
  | 'satisfaction'
  | 'state'
  | 'responseDueAt'
  | 'resolutionDueAt'
  | 'nextRepliesMet'
  | 'nextRepliesMissed'
  | 'mergedInto'
  | 'otherLanguage'
>

const CASE_COLUMNS = [
  'receivedAt',
  'channel',
  'department',
  'firstResponseDueAt',
  'firstRespondedAt',
  'closedAt',
  'satisfaction',
  'state',
  'responseDueAt',
  'resolutionDueAt',
  'nextRepliesMet',
  'nextRepliesMissed',
  'mergedInto',
  'otherLanguage',
] as const

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
  // A day of margin each side in UTC; the report keeps the cases whose Toronto date is in the
  // range.
  const start = new Date(Date.parse(`${range.from}T00:00:00Z`) - 86_400_000).toISOString()
  const end = new Date(Date.parse(`${range.to}T00:00:00Z`) + 2 * 86_400_000).toISOString()
  const facts: CaseFacts[] = []
  for await (const page of rowsInRange<CaseRow>(payload, {
    collection: CORRESPONDENCE,
    field: 'receivedAt',
    start,
    end,
    columns: CASE_COLUMNS,
  }))
    for (const doc of page) {
      if (!doc.receivedAt || !doc.firstResponseDueAt || !isChannel(doc.channel)) continue
      // A merged case's clock lives on in the case it joined: counting both would count twice.
      if (doc.mergedInto) continue
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
        nextRepliesMet: doc.nextRepliesMet ?? 0,
        nextRepliesMissed: doc.nextRepliesMissed ?? 0,
        nextReplyOverdue:
          Boolean(doc.firstRespondedAt && doc.responseDueAt) &&
          CLOCK_RUNNING_STATES.includes(doc.state) &&
          new Date(doc.responseDueAt!).getTime() < now.getTime(),
        resolutionDueAt: doc.resolutionDueAt ? new Date(doc.resolutionDueAt) : null,
        otherLanguage: doc.otherLanguage ?? null,
      })
    }
  return standardsReport(facts, range, now)
}
