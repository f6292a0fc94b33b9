import { type CityCalendar, responseDue } from '../../core/businessDays'
import { type ConditionTests, firstRuleThatHolds } from '../../core/routing'
import { type CaseState, CLOCK_RUNNING_STATES, type Kind } from './model'

/**
 * Priorities and the desk's targets beyond the first reply (whose standard is the City's public
 * promise, by channel): the next reply after the customer writes again, and resolution, per kind
 * and priority, in business days; and when a breach goes up, to the department's manager first and
 * to the desk's head after, once each. Pure.
 */

export const PRIORITIES = ['normal', 'high', 'urgent'] as const
export type Priority = (typeof PRIORITIES)[number]
export const isPriority = (value: unknown): value is Priority =>
  typeof value === 'string' && (PRIORITIES as readonly string[]).includes(value)

export type Targets = { nextReplyDays: number; resolutionDays: number }
export const DEFAULT_TARGETS: Targets = { nextReplyDays: 2, resolutionDays: 10 }

/** A settings row: the targets of the cases whose kind and priority it names (empty: any). */
export type TargetRule = Partial<Targets> & {
  kinds?: readonly Kind[] | null
  priorities?: readonly Priority[] | null
}

const CONDITIONS: ConditionTests<TargetRule, { kind: Kind; priority: Priority }> = {
  kinds: (kinds, facts) => kinds.includes(facts.kind),
  priorities: (priorities, facts) => priorities.includes(facts.priority),
}

/** The first row that fits the case, a target it leaves empty taken from the defaults. */
export const targetsFor = (
  rules: readonly TargetRule[],
  kind: Kind,
  priority: Priority,
): Targets => {
  const index = firstRuleThatHolds(rules, CONDITIONS, { kind, priority })
  const rule = index === null ? {} : rules[index]!
  return {
    nextReplyDays: rule.nextReplyDays ?? DEFAULT_TARGETS.nextReplyDays,
    resolutionDays: rule.resolutionDays ?? DEFAULT_TARGETS.resolutionDays,
  }
}

/** When a case opened at `receivedAt` must be resolved (closed), in business days. */
export const resolutionDue = (receivedAt: Date, targets: Targets, calendar: CityCalendar) =>
  responseDue(receivedAt, calendar, targets.resolutionDays).dueAt

/** What a reply sent at `at` was, against the clock it stopped. */
export type ReplyJudgement = 'first' | 'next-met' | 'next-missed' | 'unowed'

export const judgeReply = (
  clock: { state: CaseState; firstRespondedAt: Date | null; responseDueAt: Date | null },
  at: Date,
): ReplyJudgement => {
  if (!clock.firstRespondedAt) return 'first'
  if (!CLOCK_RUNNING_STATES.includes(clock.state) || !clock.responseDueAt) return 'unowed'
  return at.getTime() <= clock.responseDueAt.getTime() ? 'next-met' : 'next-missed'
}

/** A case as escalation reads it: its clocks and who was told of which breach, when. */
export type EscalationFacts = {
  state: CaseState
  responseDueAt: Date | null
  resolutionDueAt: Date | null
  escalatedAt: Date | null
  headEscalatedAt: Date | null
  resolutionEscalatedAt: Date | null
  resolutionHeadEscalatedAt: Date | null
}

export type Escalation = {
  breach: 'reply' | 'resolution'
  to: 'manager' | 'head'
  /** The due time breached: an escalation is sent once per due time (the outbox key). */
  dueAt: Date
}

/**
 * The escalations due now. A reply breach (a first or next reply past due) goes to the manager
 * once per due time; a resolution breach once per case. The head hears of either when it still
 * stands `headAfterDays` business days after the manager was told (`headAt` works that out).
 */
export const escalationsDue = (
  c: EscalationFacts,
  now: Date,
  headAt: (managerToldAt: Date) => Date,
): Escalation[] => {
  const due: Escalation[] = []
  const told = (at: Date | null, dueAt: Date) => at !== null && at.getTime() >= dueAt.getTime()
  const passed = (dueAt: Date | null): dueAt is Date =>
    dueAt !== null && dueAt.getTime() < now.getTime()
  if (CLOCK_RUNNING_STATES.includes(c.state) && passed(c.responseDueAt)) {
    const dueAt = c.responseDueAt
    if (!told(c.escalatedAt, dueAt)) due.push({ breach: 'reply', to: 'manager', dueAt })
    else if (!told(c.headEscalatedAt, dueAt) && headAt(c.escalatedAt!) <= now)
      due.push({ breach: 'reply', to: 'head', dueAt })
  }
  if (c.state !== 'closed' && passed(c.resolutionDueAt)) {
    const dueAt = c.resolutionDueAt
    if (!told(c.resolutionEscalatedAt, dueAt))
      due.push({ breach: 'resolution', to: 'manager', dueAt })
    else if (!told(c.resolutionHeadEscalatedAt, dueAt) && headAt(c.resolutionEscalatedAt!) <= now)
      due.push({ breach: 'resolution', to: 'head', dueAt })
  }
  return due
}
