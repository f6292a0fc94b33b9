import type { Payload } from 'payload'

import { loadCalendar } from '../calendar'
import { responseDue } from '../core/businessDays'
import { relationId } from '../core/relationId'
import { CORRESPONDENCE, USERS } from '../core/slugs'
import { queueMessage } from '../email'
import { currentSettings } from '../settings'
import type { Correspondence } from '../payload-types'
import { audit } from './audit'
import { departmentDoc } from './cases'
import { escalation } from './core/emails'
import { CLOCK_RUNNING_STATES, OPEN_STATES } from './core/model'
import { type Escalation, type EscalationFacts, escalationsDue } from './core/targets'
import { loadDeskSettings } from './deskSettings'

const link = (id: number | string) =>
  `${currentSettings().cmsUrl}/admin/collections/${CORRESPONDENCE}/${id}`

const date = (value: string | null | undefined) => (value ? new Date(value) : null)
const factsOf = (doc: Correspondence): EscalationFacts => ({
  state: doc.state,
  responseDueAt: date(doc.responseDueAt),
  resolutionDueAt: date(doc.resolutionDueAt),
  escalatedAt: date(doc.escalatedAt),
  headEscalatedAt: date(doc.headEscalatedAt),
  resolutionEscalatedAt: date(doc.resolutionEscalatedAt),
  resolutionHeadEscalatedAt: date(doc.resolutionHeadEscalatedAt),
})

/** The field that records each escalation, so it is sent once. */
const FIELD = {
  reply: { manager: 'escalatedAt', head: 'headEscalatedAt' },
  resolution: { manager: 'resolutionEscalatedAt', head: 'resolutionHeadEscalatedAt' },
} as const

const user = (payload: Payload, id: unknown) => {
  const value = relationId(id)
  return value === null || value === undefined
    ? Promise.resolve(null)
    : payload.findByID({
        collection: USERS,
        id: value,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
      })
}

/**
 * Breaches go up: a reply past its due time (first or next) and a case past its resolution target
 * go to the department's manager, then, when still standing the desk's `headAfterDays` business
 * days later, to the desk's head; each once per due time (the outbox key and the case's record),
 * audited. A department without a manager, or a desk without a head, is recorded as told nobody.
 */
export const escalateOverdue = async (payload: Payload, now = new Date()) => {
  const [desk, calendar] = await Promise.all([loadDeskSettings(payload), loadCalendar(payload)])
  const headAt = (toldAt: Date) =>
    desk.headAfterDays === 0 ? toldAt : responseDue(toldAt, calendar, desk.headAfterDays).dueAt
  const head = await user(payload, desk.head)
  let escalated = 0
  for (let page = 1; ; page += 1) {
    const found = await payload.find({
      collection: CORRESPONDENCE,
      where: {
        or: [
          {
            and: [
              { state: { in: [...CLOCK_RUNNING_STATES] } },
              { responseDueAt: { less_than: now.toISOString() } },
            ],
          },
          {
            and: [
              { state: { in: [...OPEN_STATES] } },
              { resolutionDueAt: { less_than: now.toISOString() } },
            ],
          },
        ],
      },
      limit: 200,
      page,
      depth: 0,
      overrideAccess: true,
      sort: 'id',
    })
    for (const doc of found.docs)
      for (const step of escalationsDue(factsOf(doc), now, headAt)) {
        await escalate(payload, doc, step, now, head)
        escalated += 1
      }
    if (!found.hasNextPage) break
  }
  return escalated
}

const escalate = async (
  payload: Payload,
  doc: Correspondence,
  step: Escalation,
  now: Date,
  head: Awaited<ReturnType<typeof user>>,
) => {
  const department = await departmentDoc(payload, doc.department)
  const recipient = step.to === 'head' ? head : await user(payload, department?.manager)
  const assignee = await user(payload, doc.assignee)
  const field = FIELD[step.breach][step.to]
  if (recipient?.email) {
    const managerToldAt =
      step.to === 'head'
        ? date(step.breach === 'reply' ? doc.escalatedAt : doc.resolutionEscalatedAt)
        : null
    const email = escalation({
      managerFirstName: recipient.firstName,
      reference: doc.reference ?? '',
      subject: doc.subject ?? doc.summary ?? '',
      dueAt: step.dueAt,
      assignee: assignee ? `${assignee.firstName} ${assignee.lastName}` : null,
      department: department?.name ?? '(no department)',
      link: link(doc.id),
      breach: step.breach,
      managerToldAt,
    })
    await queueMessage(
      payload,
      { to: [recipient.email], subject: email.subject, text: email.text },
      { key: `desk-escalation:${doc.id}:${step.breach}:${step.to}:${step.dueAt.toISOString()}` },
    )
  }
  await payload.update({
    collection: CORRESPONDENCE,
    id: doc.id,
    data: { [field]: now.toISOString() },
    overrideAccess: true,
    depth: 0,
    context: { desk: true },
  })
  const what = step.breach === 'reply' ? 'reply overdue' : 'not resolved by its target'
  await audit(payload, {
    case: doc.id,
    action: step.to === 'head' ? 'escalated to the head' : 'escalated',
    details: recipient?.email
      ? `${what}; told ${recipient.email}`
      : `${what}; ${step.to === 'head' ? 'the desk has no head' : 'the department has no manager'} to tell`,
  })
}
