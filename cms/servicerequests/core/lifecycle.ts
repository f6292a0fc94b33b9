import { RuleError } from '../../core/ruleError'
import { CLOSING_REASONS, type ClosingReason, REQUEST_STATES, type RequestState } from './model'

/**
 * How a request moves: forward through the open states (a step may be skipped: a crew can fix a
 * pothole the day it is reported), to `closed` with a reason, and back to `acknowledged` when a
 * closed request is reopened. `forwarded` (to an outside agency, named by the status contract) is
 * reached from any open state, and left for any state. Every refusal names the field and says
 * what would be accepted.
 */

export type StatusChange = {
  state: unknown
  reason?: unknown
  notes?: unknown
  duplicateOf?: unknown
}

export type AcceptedChange = {
  state: RequestState
  reason: ClosingReason | null
  notes: string | null
}

const ORDER = new Map(REQUEST_STATES.map((state, index) => [state, index]))

export const MAX_NOTES = 2000

export const checkStatusChange = (current: RequestState, change: StatusChange): AcceptedChange => {
  const state = change.state
  if (typeof state !== 'string' || !ORDER.has(state as RequestState))
    throw new RuleError(`\`state\` must be one of ${REQUEST_STATES.join(', ')}.`, {
      field: 'state',
      status: 400,
    })
  const next = state as RequestState
  const notes =
    typeof change.notes === 'string' && change.notes.trim() !== '' ? change.notes.trim() : null
  if (notes && notes.length > MAX_NOTES)
    throw new RuleError(
      `\`notes\` are shown to the public: keep them under ${MAX_NOTES} characters.`,
      { field: 'notes', status: 400 },
    )
  if (next === 'closed') {
    const reason = change.reason
    if (typeof reason !== 'string' || !CLOSING_REASONS.includes(reason as ClosingReason))
      throw new RuleError(`Closing needs a \`reason\`: one of ${CLOSING_REASONS.join(', ')}.`, {
        field: 'reason',
        status: 400,
      })
    if (current === 'closed')
      throw new RuleError('This request is already closed; reopen it first.', {
        field: 'state',
        status: 400,
      })
    return { state: next, reason: reason as ClosingReason, notes }
  }
  if (change.reason != null && change.reason !== '')
    throw new RuleError('A `reason` is given only when closing.', { field: 'reason', status: 400 })
  if (next === 'forwarded' && current === 'closed')
    throw new RuleError('This request is closed; reopen it before forwarding it.', {
      field: 'state',
      status: 400,
    })
  // Forwarded from any open state; back from an agency to any open state (the City takes it back).
  if (next === 'forwarded' || current === 'forwarded') return { state: next, reason: null, notes }
  if (current === 'closed') {
    if (next !== 'acknowledged')
      throw new RuleError('A closed request reopens to `acknowledged`; move it on from there.', {
        field: 'state',
        status: 400,
      })
    return { state: next, reason: null, notes }
  }
  if (ORDER.get(next)! < ORDER.get(current)!)
    throw new RuleError(
      `A request moves forward: it is \`${current}\`, so \`${next}\` would go back.`,
      { field: 'state', status: 400 },
    )
  if (next === current && !notes)
    throw new RuleError(`The request is already \`${current}\`; add \`notes\` to update it.`, {
      field: 'notes',
      status: 400,
    })
  return { state: next, reason: null, notes }
}
