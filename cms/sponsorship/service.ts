import { markAnswered } from '../desk'
import type { Payload } from 'payload'

import { SPONSOR_INQUIRIES, SPONSORSHIP_AUDIT, SPONSORSHIP_PACKAGES } from '../core/slugs'
import { rolesOf } from '../access/core/roles'
import { relationId } from '../core/relationId'
import { requestSiteBuild } from '../coordination'
import {
  availablePipelineActions,
  decidePipeline,
  isPipelineAction,
  PIPELINE_ACTIONS,
  PIPELINE_RULES,
  type PipelineAction,
  type PipelineState,
} from './core/pipeline'
import { loadPolicy } from './policy'
import { dueStatus } from '../core/businessDays'
import {
  type PolicyScreening,
  screeningApproved,
  screenSponsor,
  type SponsorshipPolicy,
} from './core/screening'
import type { SponsorInquiry } from '../payload-types'
import { claimSlot, releaseSlot } from './slots'

type User = {
  id: number
  firstName?: string | null
  lastName?: string | null
  roles?: string[] | null
}
type Inquiry = {
  id: number
  organisation: string
  state: PipelineState
  sector?: string | null
  proposedValue?: number | null
  respondedAt?: string | null
  reference?: string | null
  package?: number | { id: number; value?: number | null } | null
  slot?: number | { id: number } | null
  screening?: { sector?: string | null; screenedAt?: string | null } | null
  approval?: { sector?: string | null; value?: number | null; approvedAt?: string | null } | null
}

type PipelineOutcome =
  | { ok: true; doc: SponsorInquiry; message: string }
  | { ok: false; status: number; message: string; field?: string }

// Numbers on SQLite, strings on MongoDB: either is an id.
const idOf = (value: unknown): number | string | null => relationId(value) ?? null
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

const load = (payload: Payload, id: number | string) =>
  payload.findByID({
    collection: SPONSOR_INQUIRIES,
    id,
    depth: 1,
    overrideAccess: true,
    disableErrors: true,
  }) as Promise<Inquiry | null>

/** The value at stake: what staff proposed, or else the package's (lower) value. */
const valueOf = (inquiry: Inquiry) =>
  inquiry.proposedValue ??
  (typeof inquiry.package === 'object' ? (inquiry.package?.value ?? null) : null)

/** The screening as it stands now: the recorded sector, today's value and today's policy. */
const currentScreening = (policy: SponsorshipPolicy, inquiry: Inquiry): PolicyScreening | null =>
  inquiry.screening?.screenedAt && inquiry.screening.sector
    ? screenSponsor(policy, inquiry.screening.sector, valueOf(inquiry))
    : null

const audit = (
  payload: Payload,
  entry: {
    inquiry: Inquiry
    action: PipelineAction
    to: PipelineState
    user: User
    comment: string
    details?: string
  },
) =>
  payload.create({
    collection: SPONSORSHIP_AUDIT,
    overrideAccess: true,
    data: {
      inquiry: entry.inquiry.id,
      action: entry.action,
      fromState: entry.inquiry.state,
      toState: entry.to,
      actor: entry.user.id,
      actorName: `${entry.user.firstName ?? ''} ${entry.user.lastName ?? ''}`.trim(),
      comment: entry.comment || null,
      details: entry.details ?? null,
      at: new Date().toISOString(),
      summary: `${entry.inquiry.organisation}: ${entry.action}`,
    },
  })

/**
 * One pipeline step on an inquiry: decide (pure), then do what the step needs (record the screening
 * or approval, take or give back a slot), then the state, then the audit entry.
 */
export const runPipelineAction = async (
  payload: Payload,
  args: { id: number | string; user: User; input: Record<string, unknown> },
): Promise<PipelineOutcome> => {
  const { input, user } = args
  if (!isPipelineAction(input.action))
    return {
      ok: false,
      status: 400,
      field: 'action',
      message: `Unknown action; use one of ${PIPELINE_ACTIONS.join(', ')}.`,
    }
  const action = input.action
  const inquiry = await load(payload, args.id)
  if (!inquiry) return { ok: false, status: 404, message: `No sponsor inquiry with id ${args.id}.` }
  const comment = text(input.comment)
  const sector = text(input.sector) || inquiry.sector || ''
  const policy = await loadPolicy(payload)
  const screening = currentScreening(policy, inquiry)
  const decision = decidePipeline({
    action,
    inquiry: {
      state: inquiry.state,
      screening,
      approval: inquiry.approval?.approvedAt ? inquiry.approval : null,
    },
    roles: rolesOf(user),
    reason: comment,
    sector,
  })
  if (!decision.ok) return decision
  const now = new Date().toISOString()
  const data: Partial<SponsorInquiry> = { state: decision.to }
  let details = ''
  if ((action === 'contact' || action === 'decline') && !inquiry.respondedAt) data.respondedAt = now
  if (action === 'screen') {
    const result = screenSponsor(policy, sector, valueOf(inquiry))
    Object.assign(data, {
      sector: result.sector,
      screening: {
        sector: result.sector,
        value: result.value,
        excluded: result.excluded,
        needsApproval: result.needsApproval,
        reasons: result.reasons.join('\n') || null,
        screenedBy: user.id,
        screenedAt: now,
      },
    })
    details = result.needsApproval
      ? `Needs approval: ${result.reasons.join(' ')}`
      : `Passed screening (${result.sector}).`
  }
  if (action === 'approve') {
    // decidePipeline allows approval only of a screened inquiry, so the screening is there.
    const approved = screening!
    data.approval = {
      sector: approved.sector,
      value: approved.value,
      approvedBy: user.id,
      approvedAt: now,
      reason: comment,
    }
    details = `Approved for ${approved.sector} up to $${(approved.value ?? 0).toLocaleString('en-CA')}.`
  }
  let claimed: number | string | null = null
  if (action === 'agree') {
    const packageId = idOf(inquiry.package)
    if (packageId == null)
      return {
        ok: false,
        status: 422,
        field: 'package',
        message: 'Choose the package this agreement is for; an agreement takes one of its slots.',
      }
    const claim = await claimSlot(payload, {
      packageId,
      inquiryId: inquiry.id,
      label: inquiry.organisation,
    })
    if (!claim.ok) return { ok: false, status: 409, message: claim.message }
    claimed = claim.id
    Object.assign(data, { slot: claim.id, committedValue: valueOf(inquiry), agreedAt: now })
    details = `Took slot ${claim.slot}.`
  }
  const heldSlot = idOf(inquiry.slot)
  if (action === 'decline' && heldSlot != null)
    Object.assign(data, { slot: null, committedValue: null })
  let doc: SponsorInquiry
  try {
    doc = await payload.update({
      collection: SPONSOR_INQUIRIES,
      id: inquiry.id,
      data: data,
      overrideAccess: true,
      depth: 0,
      context: { pipeline: true },
    })
  } catch (error) {
    if (claimed != null) await releaseSlot(payload, claimed)
    throw error
  }
  if (action === 'decline' && heldSlot != null) {
    await releaseSlot(payload, heldSlot)
    details = 'Gave its slot back.'
  }
  await audit(payload, { inquiry, action, to: decision.to, user, comment, details })
  // The first answer to the sponsor is the desk case's first reply: the report counts it.
  if (data.respondedAt && inquiry.reference) await markAnswered(payload, inquiry.reference, user)
  if (claimed != null || (action === 'decline' && heldSlot != null))
    await requestSiteBuild(payload, `sponsorship availability changed (${SPONSORSHIP_PACKAGES})`)
  return { ok: true, doc, message: `${PIPELINE_RULES[action].label}: done.` }
}

/** What the signed-in person may do now, with the screening as it stands, for the admin panel. */
export const pipelineOptions = async (payload: Payload, id: number | string, user: User) => {
  const inquiry = await load(payload, id)
  if (!inquiry) return null
  const screening = currentScreening(await loadPolicy(payload), inquiry)
  const actions = availablePipelineActions(
    {
      state: inquiry.state,
      screening,
      approval: inquiry.approval?.approvedAt ? inquiry.approval : null,
    },
    rolesOf(user),
  )
  const due = (inquiry as { responseDueAt?: string | null }).responseDueAt
  return {
    state: inquiry.state,
    screening,
    approval: inquiry.approval?.approvedAt ? inquiry.approval : null,
    approvalHolds: screening
      ? screeningApproved(screening, inquiry.approval?.approvedAt ? inquiry.approval : null)
      : null,
    responseDueAt: due ?? null,
    dueStatus: due
      ? dueStatus({ dueAt: new Date(due), now: new Date(), answered: Boolean(inquiry.respondedAt) })
      : null,
    actions: actions.map((action) => ({
      action,
      label: PIPELINE_RULES[action].label,
      needs:
        action === 'screen'
          ? 'sector'
          : action === 'approve' || action === 'decline'
            ? 'comment'
            : null,
    })),
  }
}

export const pipelineHistory = async (payload: Payload, id: number | string) =>
  (
    await payload.find({
      collection: SPONSORSHIP_AUDIT,
      where: { inquiry: { equals: id } },
      sort: 'at',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
  ).docs
