import type { Payload } from 'payload'

import { mayWorkOn } from '../access'
import type { Actor } from '../access/core/roles'
import { relationId, relationIds, relationTo } from '../core/relationId'
import { CORRESPONDENCE, CORRESPONDENCE_MESSAGES } from '../core/slugs'
import { audit } from './audit'
import { loadCase, openCase } from './cases'
import type { StepResult } from './steps'

const fail = (status: number, message: string, field?: string): StepResult => ({
  ok: false,
  status,
  message,
  ...(field ? { field } : {}),
})

/** Writes a case's links; a split-off case is no longer a possible duplicate of its origin. */
const link = (payload: Payload, id: number | string, linked: unknown[], splitOff = false) =>
  payload.update({
    collection: CORRESPONDENCE,
    id,
    data: {
      linkedCases: relationIds(linked).map((value) => relationTo(value)),
      ...(splitOff ? { possibleDuplicateOf: null } : {}),
    },
    overrideAccess: true,
    depth: 0,
    context: { desk: true },
  })

/**
 * One message of a case is about something else: it becomes a new case of the same person, with
 * its own reference and a clock from when the message arrived (the customer is acknowledged with
 * the new reference); it leaves the old thread, and the two cases are linked.
 */
export const splitMessage = async (
  payload: Payload,
  args: { id: string; message: unknown; user: Actor },
): Promise<StepResult> => {
  const doc = await loadCase(payload, args.id)
  if (!doc) return fail(404, `No correspondence with id ${args.id}.`)
  if (!mayWorkOn(args.user, doc)) return fail(403, 'This case belongs to another department.')
  if (doc.mergedInto) return fail(409, 'This case was merged: split from the case it is part of.')
  const messageId = args.message
  if (typeof messageId !== 'string' && typeof messageId !== 'number')
    return fail(400, 'Give the id of the message to split off in `message`.', 'message')
  const { docs: thread } = await payload.find({
    collection: CORRESPONDENCE_MESSAGES,
    where: { case: { equals: relationTo(doc.id) } },
    sort: 'at',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const message = thread.find((m) => String(m.id) === String(messageId))
  if (!message) return fail(400, `Message ${String(messageId)} is not in this case.`, 'message')
  if (message.direction !== 'in')
    return fail(400, 'Only a message from the customer can become a case of its own.', 'message')
  if (thread.filter((m) => m.direction === 'in').length < 2)
    return fail(
      409,
      'This is the case’s only message from the customer: there is nothing to split.',
    )
  const split = await openCase(payload, {
    channel: doc.channel,
    kind: doc.kind,
    topic: doc.topic ?? null,
    language: doc.language,
    subject: message.subject || doc.subject || null,
    message: message.body || '(no text)',
    contactName: doc.contactName ?? null,
    organisation: doc.organisation ?? null,
    email: doc.email ?? null,
    phone: doc.phone ?? null,
    postalAddress: doc.postalAddress ?? null,
    consent: doc.consent ?? false,
    consentText: doc.consentText ?? null,
    receivedAt: new Date(message.at),
    department: (relationId(doc.department) as number | string | null) ?? null,
    fromAddress: message.fromAddress ?? null,
    attachments: (message.attachments ?? []).map((a) => relationId(a)!),
    actor: args.user,
  })
  await payload.delete({
    collection: CORRESPONDENCE_MESSAGES,
    id: message.id,
    overrideAccess: true,
    depth: 0,
  })
  await link(payload, doc.id, [...(doc.linkedCases ?? []), split.id])
  await link(payload, split.id, [doc.id], true)
  await audit(payload, {
    case: doc.id,
    action: 'split',
    actor: args.user,
    details: `the message of ${message.at} became ${split.reference}`,
  })
  await audit(payload, {
    case: split.id,
    action: 'split from',
    actor: args.user,
    details: `a message of ${doc.reference}`,
  })
  return {
    ok: true,
    doc: (await loadCase(payload, split.id))!,
    message: `The message is now ${split.reference}, linked to ${doc.reference}.`,
  }
}
