import type { Payload } from 'payload'

import { mayWorkOn } from '../access'
import type { Actor } from '../access/core/roles'
import { relationId, relationIds, relationTo } from '../core/relationId'
import { CORRESPONDENCE, CORRESPONDENCE_MESSAGES, SERVICE_REQUESTS } from '../core/slugs'
import { currentSettings } from '../settings'
import { audit } from './audit'
import { asCase, type CaseDoc, findByReference, loadCase } from './cases'
import { mergedEmail } from './core/emails'
import { type MergeClock, mergedClock, mergeProblem } from './core/merge'
import { REFERENCE_PATTERN } from './core/reference'
import { queueCaseMail } from './mail'
import type { StepResult } from './steps'

/**
 * Merging a person's cases into one: the thread (and with it the files) moves to the surviving
 * case, which keeps the earliest clock and every link; the merged case stays as a closed pointer
 * (`mergedInto`: mail and links to its reference reach the survivor, its history stays its own and
 * is read with the survivor's); the customer is told once which reference survives.
 */

const fail = (status: number, message: string, field?: string): StepResult => ({
  ok: false,
  status,
  message,
  ...(field ? { field } : {}),
})

/** A case named by id or by reference (what staff type), following merges to the survivor. */
export const caseNamed = async (payload: Payload, value: unknown): Promise<CaseDoc | null> => {
  if (typeof value === 'number') return loadCase(payload, value)
  if (typeof value !== 'string' || !value.trim()) return null
  const text = value.trim().toUpperCase()
  return REFERENCE_PATTERN.test(text) ? findByReference(payload, text) : loadCase(payload, value)
}

const date = (value: string | null | undefined) => (value ? new Date(value) : null)
const clockOf = (doc: CaseDoc): MergeClock => ({
  state: doc.state,
  assignee: (relationId(doc.assignee) as number | string | null) ?? null,
  receivedAt: date(doc.receivedAt),
  firstResponseDueAt: date(doc.firstResponseDueAt),
  responseDueAt: date(doc.responseDueAt),
  firstRespondedAt: date(doc.firstRespondedAt),
  lastCustomerMessageAt: date(doc.lastCustomerMessageAt),
})
const iso = (value: Date | null) => value?.toISOString() ?? null

/** `from` merged into `into` by this person. */
export const mergeCases = async (
  payload: Payload,
  args: { id: string; into: unknown; user: Actor },
): Promise<StepResult> => {
  const from = await loadCase(payload, args.id)
  if (!from) return fail(404, `No correspondence with id ${args.id}.`)
  const into = await caseNamed(payload, args.into)
  if (!into)
    return fail(400, 'Give the case to merge into in `into` (its id or reference).', 'into')
  if (!mayWorkOn(args.user, from) || !mayWorkOn(args.user, into))
    return fail(403, 'You may merge only cases you may work on.')
  const problem = mergeProblem(from, into)
  if (problem) return fail(409, problem, 'into')

  const now = new Date()
  const clock = mergedClock(clockOf(into), [clockOf(from)])
  const requests = relationIds([
    ...relationIds(into.linkedRequests),
    ...relationIds(from.linkedRequests),
  ])
  const cases = relationIds([
    ...relationIds(into.linkedCases),
    ...relationIds(from.linkedCases),
  ]).filter((id) => String(id) !== String(into.id) && String(id) !== String(from.id))
  // The thread first: should anything below fail, every message is already in one place.
  await payload.update({
    collection: CORRESPONDENCE_MESSAGES,
    where: { case: { equals: relationTo(from.id) } },
    data: { case: relationTo(into.id) },
    overrideAccess: true,
    depth: 0,
  })
  const saved = asCase(
    await payload.update({
      collection: CORRESPONDENCE,
      id: into.id,
      data: {
        state: clock.state,
        assignee: relationTo(clock.assignee),
        receivedAt: iso(clock.receivedAt),
        firstResponseDueAt: iso(clock.firstResponseDueAt),
        responseDueAt: iso(clock.responseDueAt),
        firstRespondedAt: iso(clock.firstRespondedAt),
        standardMet: clock.standardMet,
        lastCustomerMessageAt: iso(clock.lastCustomerMessageAt),
        closedAt: clock.state === 'closed' ? into.closedAt : null,
        linkedRequests: requests.map((id) => relationTo(id)),
        linkedCases: cases.map((id) => relationTo(id)),
        possibleDuplicateOf:
          String(relationId(into.possibleDuplicateOf)) === String(from.id)
            ? null
            : relationTo((relationId(into.possibleDuplicateOf) as number | null) ?? null),
        notes: [into.notes, from.notes ? `From ${from.reference}: ${from.notes}` : null]
          .filter(Boolean)
          .join('\n\n'),
      },
      overrideAccess: true,
      depth: 0,
      context: { desk: true },
    }),
  )
  await payload.update({
    collection: CORRESPONDENCE,
    id: from.id,
    data: {
      state: 'closed',
      closedAt: from.closedAt ?? now.toISOString(),
      mergedInto: relationTo(into.id),
      possibleDuplicateOf: null,
    },
    overrideAccess: true,
    depth: 0,
    context: { desk: true },
  })
  await repointLinks(payload, from.id, into.id, requests)
  await audit(payload, {
    case: into.id,
    action: 'merged',
    actor: args.user,
    details: `${from.reference} merged into this case; clock now due ${iso(clock.responseDueAt) ?? 'none'}`,
  })
  await audit(payload, {
    case: from.id,
    action: 'merged into',
    actor: args.user,
    details: `merged into ${into.reference}; its messages are there`,
  })
  const email = into.email || from.email
  if (email) {
    const settings = currentSettings()
    await queueCaseMail(payload, {
      key: `desk-merge:${into.id}:${from.id}`,
      to: email,
      reference: into.reference,
      part: `merged.${from.id}`,
      email: mergedEmail({
        language: into.language,
        contactName: into.contactName ?? from.contactName ?? null,
        merged: from.reference,
        survivor: into.reference,
        cityName: settings.cityName,
      }),
      thread: [],
    })
  }
  return { ok: true, doc: saved, message: `${from.reference} is merged into ${into.reference}.` }
}

/** Links that named the merged case name the survivor: the requests and the other cases. */
const repointLinks = async (
  payload: Payload,
  from: number | string,
  into: number | string,
  requests: (number | string)[],
) => {
  // The merged case's id becomes the survivor's; the survivor is listed once.
  const swap = (list: unknown) =>
    relationIds(relationIds(list).map((id) => (String(id) === String(from) ? into : id)))
  for (const request of requests) {
    const doc = await payload.findByID({
      collection: SERVICE_REQUESTS,
      id: request,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!doc) continue
    await payload.update({
      collection: SERVICE_REQUESTS,
      id: request,
      data: {
        linkedCases: swap([...relationIds(doc.linkedCases), into]).map((id) => relationTo(id)),
      },
      overrideAccess: true,
      depth: 0,
      context: { linking: true },
    })
  }
  const { docs } = await payload.find({
    collection: CORRESPONDENCE,
    where: { linkedCases: { in: [relationTo(from)] } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  for (const doc of docs)
    await payload.update({
      collection: CORRESPONDENCE,
      id: doc.id,
      data: {
        linkedCases: swap(doc.linkedCases)
          .filter((id) => String(id) !== String(doc.id))
          .map((id) => relationTo(id)),
      },
      overrideAccess: true,
      depth: 0,
      context: { desk: true },
    })
}
