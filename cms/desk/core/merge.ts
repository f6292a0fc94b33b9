import { type CaseState, CLOCK_RUNNING_STATES } from './model'

/**
 * Merging cases of one person: which may merge, and the clock the surviving case keeps. Pure.
 *
 * The customer wrote twice (a form, then an email) and the City owes one answer, by the earliest
 * promise it made: the surviving case keeps the earliest arrival and first-reply due time, the
 * earliest reply due among the clocks still running, the first reply if either got one, and the
 * latest customer message.
 */

export type MergeClock = {
  state: CaseState
  assignee: number | string | null
  receivedAt: Date | null
  firstResponseDueAt: Date | null
  responseDueAt: Date | null
  firstRespondedAt: Date | null
  lastCustomerMessageAt: Date | null
}

const earliest = (dates: (Date | null)[]) =>
  dates.reduce<Date | null>((min, d) => (d && (!min || d < min) ? d : min), null)
const latest = (dates: (Date | null)[]) =>
  dates.reduce<Date | null>((max, d) => (d && (!max || d > max) ? d : max), null)

/** From most to least owed: a case merged from an open one is never less open than it was. */
const OPENNESS: readonly CaseState[] = [
  'new',
  'assigned',
  'waiting-on-customer',
  'answered',
  'closed',
]

export const mergedClock = (survivor: MergeClock, others: readonly MergeClock[]) => {
  const all = [survivor, ...others]
  const running = all.filter((c) => CLOCK_RUNNING_STATES.includes(c.state))
  const firstRespondedAt = earliest(all.map((c) => c.firstRespondedAt))
  const firstResponseDueAt = earliest(all.map((c) => c.firstResponseDueAt))
  const assignee = survivor.assignee ?? others.find((c) => c.assignee !== null)?.assignee ?? null
  const mostOpen = all
    .map((c) => c.state)
    .sort((a, b) => OPENNESS.indexOf(a) - OPENNESS.indexOf(b))[0]!
  const state: CaseState = running.length ? (assignee !== null ? 'assigned' : 'new') : mostOpen
  return {
    state,
    assignee,
    receivedAt: earliest(all.map((c) => c.receivedAt)),
    firstResponseDueAt,
    responseDueAt: running.length
      ? earliest(running.map((c) => c.responseDueAt))
      : survivor.responseDueAt,
    firstRespondedAt,
    standardMet:
      firstRespondedAt && firstResponseDueAt
        ? firstRespondedAt.getTime() <= firstResponseDueAt.getTime()
        : null,
    lastCustomerMessageAt: latest(all.map((c) => c.lastCustomerMessageAt)),
  }
}

export type Person = { email?: string | null; phone?: string | null }

const digits = (phone: string | null | undefined) => (phone ?? '').replace(/\D/g, '').slice(-10)

/** The same person: the same email address (any case), or the same ten-digit phone number. */
export const samePerson = (a: Person, b: Person) => {
  const email = (v: Person) => v.email?.trim().toLowerCase() || null
  if (email(a) && email(a) === email(b)) return true
  return digits(a.phone).length === 10 && digits(a.phone) === digits(b.phone)
}

export type Mergeable = Person & {
  id: number | string
  reference: string
  mergedInto?: unknown
}

/** Why `from` cannot merge into `into`, in a sentence, or null when it can. */
export const mergeProblem = (from: Mergeable, into: Mergeable): string | null => {
  if (String(from.id) === String(into.id)) return 'A case cannot be merged into itself.'
  if (from.mergedInto) return `${from.reference} is already merged into another case.`
  if (into.mergedInto)
    return `${into.reference} was merged into another case: merge into that one instead.`
  if (!samePerson(from, into))
    return `${from.reference} and ${into.reference} are not from the same person (email or phone): link them instead.`
  return null
}
