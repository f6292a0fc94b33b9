import { type CityCalendar, responseDue } from '../../core/businessDays'
import { metStandard, replyDue } from './clock'
import { type CaseState, type Channel, CLOCK_RUNNING_STATES } from './model'
import { RuleError } from '../../core/ruleError'

/**
 * How a case moves and what its clock owes. The clock runs while the City owes a reply (`new`,
 * `assigned`); a reply stops it. A reply that asked the customer something leaves the case
 * `waiting-on-customer`, which never counts against the City; whatever the customer sends next
 * starts a new clock from its arrival (the next-reply target once the case has had a reply). The
 * standard a case is measured by is its first reply's.
 */
export type CaseClock = {
  state: CaseState
  channel: Channel
  assignee: string | number | null
  responseDueAt: Date | null
  firstRespondedAt: Date | null
  /** null until the first reply (or for a case closed without one). */
  standardMet: boolean | null
  lastCustomerMessageAt: Date | null
}

export type CaseEvent =
  | { type: 'opened'; at: Date; calendar: CityCalendar; assignee?: string | number | null }
  | {
      type: 'customer-wrote'
      at: Date
      calendar: CityCalendar
      channel?: Channel
      /** The next-reply target (targets.ts) once the case has had a reply; else the standard. */
      nextReplyDays?: number
    }
  | { type: 'replied'; at: Date; awaitCustomer: boolean }
  | { type: 'assigned'; assignee: string | number | null }
  | { type: 'closed'; at: Date }
  | { type: 'reopened'; at: Date; calendar: CityCalendar }

const waitingState = (assignee: CaseClock['assignee']): CaseState => (assignee ? 'assigned' : 'new')

/**
 * The case after `event`; throws CaseRuleError (with the reason) for a step the case cannot take.
 */
export const nextClock = (clock: CaseClock, event: CaseEvent): CaseClock => {
  switch (event.type) {
    case 'opened':
      return {
        ...clock,
        assignee: event.assignee ?? clock.assignee,
        state: waitingState(event.assignee ?? clock.assignee),
        responseDueAt: replyDue(clock.channel, event.at, event.calendar),
        lastCustomerMessageAt: event.at,
      }
    case 'customer-wrote': {
      const running = CLOCK_RUNNING_STATES.includes(clock.state)
      // While a reply is already owed, the earliest unanswered message keeps its due time.
      if (running) return { ...clock, lastCustomerMessageAt: event.at }
      return {
        ...clock,
        state: waitingState(clock.assignee),
        responseDueAt:
          clock.firstRespondedAt && event.nextReplyDays !== undefined
            ? responseDue(event.at, event.calendar, event.nextReplyDays).dueAt
            : replyDue(event.channel ?? clock.channel, event.at, event.calendar),
        lastCustomerMessageAt: event.at,
      }
    }
    case 'replied': {
      if (clock.state === 'closed')
        throw new RuleError('This case is closed. Reopen it before replying.')
      const first = clock.firstRespondedAt === null
      return {
        ...clock,
        state: event.awaitCustomer ? 'waiting-on-customer' : 'answered',
        firstRespondedAt: clock.firstRespondedAt ?? event.at,
        standardMet:
          first && clock.responseDueAt
            ? metStandard(clock.responseDueAt, event.at)
            : clock.standardMet,
      }
    }
    case 'assigned': {
      if (clock.state === 'closed')
        throw new RuleError('This case is closed. Reopen it before assigning it.')
      const state =
        clock.state === 'new' && event.assignee
          ? 'assigned'
          : clock.state === 'assigned' && !event.assignee
            ? 'new'
            : clock.state
      return { ...clock, assignee: event.assignee, state }
    }
    case 'closed':
      if (clock.state === 'closed') throw new RuleError('This case is already closed.')
      return { ...clock, state: 'closed' }
    case 'reopened':
      if (clock.state !== 'closed') throw new RuleError('Only a closed case can be reopened.')
      return {
        ...clock,
        state: waitingState(clock.assignee),
        responseDueAt: replyDue(clock.channel, event.at, event.calendar),
      }
  }
}

/** Whether the City owes a reply it is late with. */
export const isOverdue = (clock: Pick<CaseClock, 'state' | 'responseDueAt'>, now: Date) =>
  CLOCK_RUNNING_STATES.includes(clock.state) &&
  clock.responseDueAt !== null &&
  clock.responseDueAt.getTime() < now.getTime()
