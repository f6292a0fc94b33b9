import type { Payload } from 'payload'

import { mayWorkOn, mayWorkOnRequest } from '../access'
import type { Actor } from '../access/core/roles'
import { toggledRelation } from '../core/relationId'
import { CORRESPONDENCE, SERVICE_REQUESTS } from '../core/slugs'
import { loadRequest } from '../servicerequests'
import { audit } from './audit'
import { loadCase } from './cases'
import { caseNamed } from './merge'
import type { StepResult } from './steps'

/**
 * Links between a case and another case or a 311 request, written on both sides so each shows the
 * other; and the flag a new case gets when the same person has an open case of the last 14 days.
 */

const fail = (status: number, message: string, field?: string): StepResult => ({
  ok: false,
  status,
  message,
  ...(field ? { field } : {}),
})

const toggled = toggledRelation

const saveCaseLinks = (payload: Payload, id: number | string, data: Record<string, unknown>) =>
  payload.update({
    collection: CORRESPONDENCE,
    id,
    data,
    overrideAccess: true,
    depth: 0,
    context: { desk: true },
  })

/**
 * Links (or with `unlink`, unlinks) a case to another case (`case`: id or reference) or to a 311
 * request (`request`: id or reference), on both sides, audited.
 */
export const linkCase = async (
  payload: Payload,
  args: { id: string; user: Actor; case?: unknown; request?: unknown; unlink?: unknown },
): Promise<StepResult> => {
  const doc = await loadCase(payload, args.id)
  if (!doc) return fail(404, `No correspondence with id ${args.id}.`)
  if (!mayWorkOn(args.user, doc)) return fail(403, 'This case belongs to another department.')
  const on = args.unlink !== true
  const verb = on ? 'linked' : 'unlinked'
  if (args.case !== undefined && args.case !== null && args.case !== '') {
    const other = await caseNamed(payload, args.case)
    if (!other) return fail(400, `No case ${String(args.case)}.`, 'case')
    if (String(other.id) === String(doc.id))
      return fail(400, 'A case cannot be linked to itself.', 'case')
    if (!mayWorkOn(args.user, other)) return fail(403, 'You may link only cases you may work on.')
    await saveCaseLinks(payload, doc.id, { linkedCases: toggled(doc.linkedCases, other.id, on) })
    const saved = await saveCaseLinks(payload, other.id, {
      linkedCases: toggled(other.linkedCases, doc.id, on),
    })
    await audit(payload, { case: doc.id, action: verb, actor: args.user, details: other.reference })
    await audit(payload, { case: saved.id, action: verb, actor: args.user, details: doc.reference })
    return {
      ok: true,
      doc: (await loadCase(payload, doc.id))!,
      message: `${doc.reference} is ${verb} ${on ? 'to' : 'from'} ${other.reference}.`,
    }
  }
  if (args.request !== undefined && args.request !== null && args.request !== '') {
    const request = await loadRequest(payload, args.request)
    if (!request) return fail(400, `No 311 request ${String(args.request)}.`, 'request')
    if (!mayWorkOnRequest(args.user, request))
      return fail(403, 'You may link only 311 requests you may work on.')
    await saveCaseLinks(payload, doc.id, {
      linkedRequests: toggled(doc.linkedRequests, request.id, on),
    })
    await payload.update({
      collection: SERVICE_REQUESTS,
      id: request.id,
      data: { linkedCases: toggled(request.linkedCases, doc.id, on) },
      overrideAccess: true,
      depth: 0,
      context: { linking: true },
    })
    await audit(payload, {
      case: doc.id,
      action: verb,
      actor: args.user,
      details: `311 request ${request.reference}`,
    })
    return {
      ok: true,
      doc: (await loadCase(payload, doc.id))!,
      message: `${doc.reference} is ${verb} ${on ? 'to' : 'from'} ${request.reference}.`,
    }
  }
  return fail(400, 'Give the case (`case`) or the 311 request (`request`) to link.', 'case')
}
