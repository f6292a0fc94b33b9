/**
 * The sponsorship pipeline as a pure state machine: an inquiry moves new → contacted → proposal →
 * agreement → active → fulfilled, or is declined on the way. Policy screening and a communications
 * manager's approval are steps without a state change. Who may act and what must be true first are
 * here; taking a slot (which needs the database) is the caller's last step before `agree` lands.
 */
import { type PolicyScreening, screeningApproved } from './screening'

export const PIPELINE_STATES = [
  'new',
  'contacted',
  'proposal',
  'agreement',
  'active',
  'fulfilled',
  'declined',
] as const
export type PipelineState = (typeof PIPELINE_STATES)[number]

export const OPEN_STATES: readonly PipelineState[] = [
  'new',
  'contacted',
  'proposal',
  'agreement',
  'active',
]
/**
 * States in which the City has committed the sponsorship's value (counted against the year's
 * target).
 */
export const COMMITTED_STATES: readonly PipelineState[] = ['agreement', 'active', 'fulfilled']

export const PIPELINE_ACTIONS = [
  'contact',
  'propose',
  'screen',
  'approve',
  'agree',
  'activate',
  'fulfil',
  'decline',
] as const
export type PipelineAction = (typeof PIPELINE_ACTIONS)[number]

const COORDINATORS = ['admin', 'communications-manager', 'sponsorship-coordinator'] as const
const MANAGERS = ['admin', 'communications-manager'] as const

type Rule = {
  from: readonly PipelineState[]
  to: PipelineState | null
  roles: readonly string[]
  label: string
}

export const PIPELINE_RULES: Record<PipelineAction, Rule> = {
  contact: { from: ['new'], to: 'contacted', roles: COORDINATORS, label: 'Mark as contacted' },
  propose: { from: ['contacted'], to: 'proposal', roles: COORDINATORS, label: 'Send a proposal' },
  screen: {
    from: ['new', 'contacted', 'proposal'],
    to: null,
    roles: COORDINATORS,
    label: 'Record policy screening',
  },
  approve: {
    from: ['new', 'contacted', 'proposal'],
    to: null,
    roles: MANAGERS,
    label: 'Approve under the sponsorship policy',
  },
  agree: {
    from: ['proposal'],
    to: 'agreement',
    roles: COORDINATORS,
    label: 'Record the agreement',
  },
  activate: { from: ['agreement'], to: 'active', roles: COORDINATORS, label: 'Mark as active' },
  fulfil: { from: ['active'], to: 'fulfilled', roles: COORDINATORS, label: 'Mark as fulfilled' },
  decline: {
    from: ['new', 'contacted', 'proposal', 'agreement'],
    to: 'declined',
    roles: COORDINATORS,
    label: 'Decline',
  },
}

export type PipelineInquiry = {
  state: PipelineState
  screening: PolicyScreening | null
  approval: { sector?: string | null; value?: number | null } | null
}

type PipelineDecision =
  | { ok: true; to: PipelineState; changesState: boolean }
  | { ok: false; status: 400 | 403 | 409 | 422; field?: string; message: string }

export const isPipelineAction = (value: unknown): value is PipelineAction =>
  typeof value === 'string' && (PIPELINE_ACTIONS as readonly string[]).includes(value)

/** Whether `roles` may take `action` on `inquiry` now; the message says what to do when not. */
export const decidePipeline = (args: {
  action: PipelineAction
  inquiry: PipelineInquiry
  roles: readonly string[]
  reason?: string | null
  sector?: string | null
}): PipelineDecision => {
  const { action, inquiry, roles } = args
  const rule = PIPELINE_RULES[action]
  if (!rule.roles.some((role) => roles.includes(role))) {
    return {
      ok: false,
      status: 403,
      message:
        action === 'approve'
          ? 'Only a communications manager can approve a sponsorship under the policy.'
          : 'Only sponsorship coordinators and communications managers can move inquiries.',
    }
  }
  if (!rule.from.includes(inquiry.state)) {
    return {
      ok: false,
      status: 409,
      message: `"${rule.label}" is not possible while the inquiry is ${inquiry.state}.`,
    }
  }
  if (action === 'screen' && !args.sector?.trim())
    return {
      ok: false,
      status: 400,
      field: 'sector',
      message: "Give the sponsor's sector to screen it against the policy.",
    }
  if (action === 'decline' && !args.reason?.trim())
    return {
      ok: false,
      status: 400,
      field: 'comment',
      message: 'Say why the inquiry is declined; the reason is kept in the audit.',
    }
  if (action === 'approve') {
    if (!inquiry.screening)
      return {
        ok: false,
        status: 409,
        message: 'Screen the sponsor first; approval is of a screened sponsor and value.',
      }
    if (!inquiry.screening.needsApproval)
      return {
        ok: false,
        status: 409,
        message: 'This sponsor passed screening; no approval is needed.',
      }
    if (!args.reason?.trim())
      return {
        ok: false,
        status: 400,
        field: 'comment',
        message: 'Give the reason for approving; it is kept in the audit.',
      }
  }
  if (action === 'agree') {
    if (!inquiry.screening)
      return {
        ok: false,
        status: 422,
        field: 'sector',
        message: "Screen the sponsor's sector against the policy before recording an agreement.",
      }
    if (
      inquiry.screening.needsApproval &&
      !screeningApproved(inquiry.screening, inquiry.approval)
    ) {
      return {
        ok: false,
        status: 422,
        message: `A communications manager must approve before an agreement: ${inquiry.screening.reasons.join(' ')}`,
      }
    }
  }
  return { ok: true, to: rule.to ?? inquiry.state, changesState: rule.to !== null }
}

/** The actions `roles` could take now, for the admin panel's buttons. */
export const availablePipelineActions = (inquiry: PipelineInquiry, roles: readonly string[]) =>
  PIPELINE_ACTIONS.filter((action) => {
    const rule = PIPELINE_RULES[action]
    return (
      rule.from.includes(inquiry.state) &&
      rule.roles.some((role) => roles.includes(role)) &&
      (action !== 'approve' || inquiry.screening?.needsApproval === true)
    )
  })
