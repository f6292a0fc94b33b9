import { csvCell } from '../../core/text/csv'
import { CITY_TIME_ZONE, localDate } from '../../core/businessDays'
import type { Channel } from './model'

/**
 * The standards report: per month, channel and department, how many cases arrived, how many got
 * their first reply within the standard, the percentage, and the median time to that reply. A case
 * is judged by its first reply. With none yet it is pending until its due time passes, then missed;
 * a case closed before its due time without a reply (a duplicate, a message that needed none) is
 * left out of the percentage and counted apart. Beside it, the targets beyond the first reply:
 * next replies within their target (a late one owed now counts as missed), and cases resolved by
 * their resolution target.
 */
export type CaseFacts = {
  receivedAt: Date
  channel: Channel
  department: string
  firstDueAt: Date
  firstRespondedAt: Date | null
  closedAt: Date | null
  satisfaction: number | null
  /** Replies after the customer wrote again, within and after the next-reply target. */
  nextRepliesMet?: number
  nextRepliesMissed?: number
  /** A next reply owed and already late: a breach before the late reply is sent. */
  nextReplyOverdue?: boolean
  /** The resolution target; null for a case opened before targets existed. */
  resolutionDueAt?: Date | null
  /** Written in neither English nor French: the language detected (ISO 639-3). */
  otherLanguage?: string | null
}

export type ResolutionOutcome = 'met' | 'missed' | 'pending' | null

/** Closed by the target, closed after it or still open past it, or not yet due. */
export const resolutionOf = (c: CaseFacts, now: Date): ResolutionOutcome => {
  if (!c.resolutionDueAt) return null
  const due = c.resolutionDueAt.getTime()
  if (c.closedAt) return c.closedAt.getTime() <= due ? 'met' : 'missed'
  return now.getTime() > due ? 'missed' : 'pending'
}

export type Outcome = 'met' | 'missed' | 'pending' | 'not-applicable'

export const outcomeOf = (c: CaseFacts, now: Date): Outcome => {
  if (c.firstRespondedAt)
    return c.firstRespondedAt.getTime() <= c.firstDueAt.getTime() ? 'met' : 'missed'
  if (c.closedAt && c.closedAt.getTime() <= c.firstDueAt.getTime()) return 'not-applicable'
  return now.getTime() > c.firstDueAt.getTime() ? 'missed' : 'pending'
}

export type StandardsRow = {
  month: string
  channel: Channel | 'all'
  department: string
  received: number
  met: number
  missed: number
  pending: number
  notApplicable: number
  /** met / (met + missed), 0-100 with one decimal; null while nothing is decided. */
  percentMet: number | null
  medianHoursToFirstReply: number | null
  satisfactionAverage: number | null
  satisfactionResponses: number
  nextRepliesMet: number
  nextRepliesMissed: number
  /** nextRepliesMet / (met + missed), 0-100 with one decimal; null with none. */
  percentNextReplyMet: number | null
  resolvedMet: number
  resolvedMissed: number
  resolutionPending: number
  /** resolvedMet / (met + missed), 0-100 with one decimal; null with none decided. */
  percentResolvedMet: number | null
}

type Bucket = {
  received: number
  met: number
  missed: number
  pending: number
  notApplicable: number
  hours: number[]
  satisfaction: number[]
  nextRepliesMet: number
  nextRepliesMissed: number
  resolvedMet: number
  resolvedMissed: number
  resolutionPending: number
}

const emptyBucket = (): Bucket => ({
  nextRepliesMet: 0,
  nextRepliesMissed: 0,
  resolvedMet: 0,
  resolvedMissed: 0,
  resolutionPending: 0,
  received: 0,
  met: 0,
  missed: 0,
  pending: 0,
  notApplicable: 0,
  hours: [],
  satisfaction: [],
})

export const median = (values: number[]): number | null => {
  if (values.length === 0) return null
  const sorted = Float64Array.from(values).sort()
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

const round1 = (value: number) => Math.round(value * 10) / 10

const rowOf = (
  key: Omit<
    StandardsRow,
    | keyof Bucket
    | 'percentMet'
    | 'medianHoursToFirstReply'
    | 'satisfactionAverage'
    | 'satisfactionResponses'
    | 'notApplicable'
    | 'percentNextReplyMet'
    | 'percentResolvedMet'
  >,
  b: Bucket,
): StandardsRow => {
  const decided = b.met + b.missed
  const hours = median(b.hours)
  const satisfaction = b.satisfaction.length
    ? b.satisfaction.reduce((sum, s) => sum + s, 0) / b.satisfaction.length
    : null
  return {
    ...key,
    received: b.received,
    met: b.met,
    missed: b.missed,
    pending: b.pending,
    notApplicable: b.notApplicable,
    percentMet: decided ? round1((b.met / decided) * 100) : null,
    medianHoursToFirstReply: hours === null ? null : round1(hours),
    satisfactionAverage: satisfaction === null ? null : Math.round(satisfaction * 100) / 100,
    satisfactionResponses: b.satisfaction.length,
    nextRepliesMet: b.nextRepliesMet,
    nextRepliesMissed: b.nextRepliesMissed,
    percentNextReplyMet: percent(b.nextRepliesMet, b.nextRepliesMissed),
    resolvedMet: b.resolvedMet,
    resolvedMissed: b.resolvedMissed,
    resolutionPending: b.resolutionPending,
    percentResolvedMet: percent(b.resolvedMet, b.resolvedMissed),
  }
}

const percent = (met: number, missed: number) =>
  met + missed ? round1((met / (met + missed)) * 100) : null

export type StandardsReport = {
  from: string
  to: string
  generatedAt: string
  rows: StandardsRow[]
  byChannel: StandardsRow[]
  total: StandardsRow
  /** Cases written in neither English nor French, by language detected, most first. */
  otherLanguages: { language: string; cases: number }[]
}

/**
 * `from` and `to` are Toronto calendar dates (inclusive) that a case's arrival must fall within.
 * Rows are sorted by month, channel, then department.
 */
export const standardsReport = (
  cases: Iterable<CaseFacts>,
  range: { from: string; to: string },
  now: Date,
  timeZone = CITY_TIME_ZONE,
): StandardsReport => {
  const groups = new Map<string, Bucket>()
  const channels = new Map<string, Bucket>()
  const total = emptyBucket()
  const monthOf = new Map<number, string>()
  const languages = new Map<string, number>()
  const add = (map: Map<string, Bucket>, key: string) => {
    let bucket = map.get(key)
    if (!bucket) map.set(key, (bucket = emptyBucket()))
    return bucket
  }
  for (const c of cases) {
    // Cases arrive in bursts on the same day: the day's local date is worked out once an hour.
    const hour = Math.floor(c.receivedAt.getTime() / 3_600_000)
    let day = monthOf.get(hour)
    if (!day) monthOf.set(hour, (day = localDate(c.receivedAt, timeZone)))
    if (day < range.from || day > range.to) continue
    if (c.otherLanguage) languages.set(c.otherLanguage, (languages.get(c.otherLanguage) ?? 0) + 1)
    const outcome = outcomeOf(c, now)
    const resolution = resolutionOf(c, now)
    const nextMissed = (c.nextRepliesMissed ?? 0) + (c.nextReplyOverdue ? 1 : 0)
    const hours = c.firstRespondedAt
      ? (c.firstRespondedAt.getTime() - c.receivedAt.getTime()) / 3_600_000
      : null
    const month = day.slice(0, 7)
    for (const bucket of [
      add(groups, `${month}\u0000${c.channel}\u0000${c.department}`),
      add(channels, `${month}\u0000${c.channel}`),
      total,
    ]) {
      bucket.received += 1
      if (outcome === 'met') bucket.met += 1
      else if (outcome === 'missed') bucket.missed += 1
      else if (outcome === 'pending') bucket.pending += 1
      else bucket.notApplicable += 1
      if (hours !== null) bucket.hours.push(hours)
      if (c.satisfaction !== null) bucket.satisfaction.push(c.satisfaction)
      bucket.nextRepliesMet += c.nextRepliesMet ?? 0
      bucket.nextRepliesMissed += nextMissed
      if (resolution === 'met') bucket.resolvedMet += 1
      else if (resolution === 'missed') bucket.resolvedMissed += 1
      else if (resolution === 'pending') bucket.resolutionPending += 1
    }
  }
  const sorted = [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return {
    from: range.from,
    to: range.to,
    generatedAt: now.toISOString(),
    rows: sorted.map(([key, bucket]) => {
      const [month, channel, department] = key.split('\u0000') as [string, Channel, string]
      return rowOf({ month, channel, department }, bucket)
    }),
    byChannel: [...channels.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, bucket]) => {
        const [month, channel] = key.split('\u0000') as [string, Channel]
        return rowOf({ month, channel, department: 'all' }, bucket)
      }),
    total: rowOf({ month: 'all', channel: 'all', department: 'all' }, total),
    otherLanguages: [...languages.entries()]
      .map(([language, cases]) => ({ language, cases }))
      .sort((a, b) => b.cases - a.cases || a.language.localeCompare(b.language)),
  }
}

const CSV_COLUMNS: (keyof StandardsRow)[] = [
  'month',
  'channel',
  'department',
  'received',
  'met',
  'missed',
  'pending',
  'notApplicable',
  'percentMet',
  'medianHoursToFirstReply',
  'satisfactionAverage',
  'satisfactionResponses',
  'nextRepliesMet',
  'nextRepliesMissed',
  'percentNextReplyMet',
  'resolvedMet',
  'resolvedMissed',
  'resolutionPending',
  'percentResolvedMet',
]

/** The report as CSV (RFC 4180): the detail rows, then the channel totals, then the grand total. */
export const standardsCsv = (report: StandardsReport): string =>
  [
    CSV_COLUMNS.join(','),
    ...[...report.rows, ...report.byChannel, report.total].map((row) =>
      CSV_COLUMNS.map((column) => csvCell(row[column])).join(','),
    ),
  ].join('\r\n') + '\r\n'

/** A month's range, YYYY-MM-DD both ends, for "this month" defaults. */
export const monthRange = (date: string) => {
  const [year, month] = date.split('-').map(Number) as [number, number]
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const mm = String(month).padStart(2, '0')
  return { from: `${year}-${mm}-01`, to: `${year}-${mm}-${String(last).padStart(2, '0')}` }
}
