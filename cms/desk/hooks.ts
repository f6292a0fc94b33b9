import {
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  Forbidden,
} from 'payload'

import { isDeskStaff } from '../access'
import { relationId } from '../core/relationId'
import { createOnlyThrough, deleteAll } from '../db'
import { CORRESPONDENCE, CORRESPONDENCE_FILES, CORRESPONDENCE_MESSAGES } from '../core/slugs'
import { audit } from './audit'
import { type CaseDoc, mayAssign, saveClock } from './cases'
import { resolutionDueFor } from './targets'

const same = (a: unknown, b: unknown) => String(relationId(a) ?? '') === String(relationId(b) ?? '')

/**
 * Cases are opened by the desk's services only (`POST /api/correspondence`, inbound mail), which
 * give them a reference and a clock; Payload's own create (GraphQL, the Local API without the
 * desk's context) is refused with the way in.
 */
export const openThroughDesk = createOnlyThrough(
  'desk',
  'Open correspondence through POST /api/correspondence.',
)

/**
 * Staff edit a case's details in the admin; who works on it is the desk's or the department
 * manager's call: an assignment or a transfer by anyone else is refused.
 */
export const guardCaseChanges: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  if (operation !== 'update' || context?.desk || !req.user || isDeskStaff(req.user)) return data
  const assigning = 'assignee' in data && !same(data.assignee, originalDoc?.assignee)
  const moving = 'department' in data && !same(data.department, originalDoc?.department)
  if (!assigning && !moving) return data
  if (!(await mayAssign(req.payload, req.user, originalDoc?.department))) throw new Forbidden(req.t)
  return data
}

const TRACKED = [
  'subject',
  'kind',
  'topic',
  'language',
  'contactName',
  'organisation',
  'email',
  'phone',
  'postalAddress',
  'department',
  'assignee',
  'priority',
  'notes',
] as const

/**
 * Every change staff make in the admin is audited (which fields, and for an assignment or a
 * transfer, from whom to whom). An assignment made there moves the case as the assign step would.
 */
export const auditCaseChanges: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  if (operation !== 'update' || context?.desk) return doc
  const changed = TRACKED.filter((field) => !same(doc[field], previousDoc?.[field]))
  if (changed.length === 0) return doc
  const moves = (['assignee', 'department'] as const)
    .filter((field) => changed.includes(field))
    .map(
      (field) =>
        `${field} from ${String(relationId(previousDoc?.[field]) ?? 'none')} to ${String(relationId(doc[field]) ?? 'none')}`,
    )
  await audit(req.payload, {
    case: doc.id,
    action: changed.includes('assignee') ? 'assigned' : 'edited',
    actor: req.user,
    details: [`changed ${changed.join(', ')}`, ...moves].join('; '),
    req,
  })
  // The resolution target follows the kind and priority (from the arrival, not from the change).
  if (changed.includes('priority') || changed.includes('kind')) {
    const resolutionDueAt = await resolutionDueFor(req.payload, doc)
    doc = await req.payload.update({
      collection: CORRESPONDENCE,
      id: doc.id,
      data: { resolutionDueAt: resolutionDueAt?.toISOString() ?? null },
      overrideAccess: true,
      depth: 0,
      context: { desk: true },
      req,
    })
  }
  if (changed.includes('assignee') && doc.state !== 'closed')
    return saveClock(
      req.payload,
      doc as CaseDoc,
      { type: 'assigned', assignee: (relationId(doc.assignee) as number | string | null) ?? null },
      {},
      req,
    )
  return doc
}

/**
 * A case deleted for good (an admin's call) takes its thread and attachments with it; the audit
 * stays.
 */
export const deleteThread: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { docs } = await req.payload.find({
    collection: CORRESPONDENCE_MESSAGES,
    where: { case: { equals: id } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  for (const message of docs) {
    for (const file of (message.attachments ?? []) as unknown[]) {
      const fileId = relationId(file)
      if (fileId !== null && fileId !== undefined)
        await req.payload.delete({
          collection: CORRESPONDENCE_FILES,
          id: fileId,
          overrideAccess: true,
          req,
        })
    }
  }
  await deleteAll(req, CORRESPONDENCE_MESSAGES, { case: { equals: id } })
  // In the delete's own transaction: a second connection here waits on the pool the delete holds.
  await audit(req.payload, {
    case: null,
    action: 'deleted',
    actor: req.user,
    details: `case ${String(id)}`,
    req,
  })
}
