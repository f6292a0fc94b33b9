import { strings } from '../../site/lib/i18n'
import type { Payload, PayloadRequest } from 'payload'

import type { Actor } from '../access/core/roles'
import { mayWorkOnRequest } from '../access'
import { relationId, relationTo } from '../core/relationId'
import { SERVICE_REQUESTS, SERVICE_TYPES } from '../core/slugs'
import { RuleError } from '../core/ruleError'
import { checkStatusChange } from './core/lifecycle'
import { open311Status, REQUEST_REFERENCE } from './core/model'
import type { RequestDoc } from './requestDoc'
import { agencyName, emailAgency, loadAgency } from './forwarding'
import { notesFromTemplate } from './statusTemplates'
import { activeFollowers, addFollower, notifyFollowers, recordEvent } from './tracking'

/**
 * Staff move a request on through one contract, the admin included: `POST
 * /api/service-requests/{id}/status` with `{ state, reason?, notes? }`. Notes become the public
 * `status_notes`; every change is recorded and told to the followers. Closing as a duplicate names
 * the request that stays open (`duplicateOf`), and the followers move to it.
 */

export type StepResult =
  | { ok: true; doc: RequestDoc; message: string; notified: number }
  | { ok: false; status: number; message: string; field?: string }

export const loadRequest = async (payload: Payload, id: unknown, req?: PayloadRequest) => {
  if (id == null || id === '') return null
  const text = String(id)
  if (REQUEST_REFERENCE.test(text)) {
    const { docs } = await payload.find({
      collection: SERVICE_REQUESTS,
      where: { reference: { equals: text } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    return docs[0] ?? null
  }
  return (await payload
    .findByID({
      collection: SERVICE_REQUESTS,
      id: text,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    .catch(() => null)) as RequestDoc | null
}

const serviceOf = async (payload: Payload, doc: RequestDoc) =>
  await payload.findByID({
    collection: SERVICE_TYPES,
    id: relationId(doc.service)!,
    depth: 0,
    overrideAccess: true,
  })

export const changeStatus = async (
  payload: Payload,
  args: {
    id: unknown
    user: Actor
    /** The City's own rules acting (a routing rule forwarding at intake): no person to check. */
    byRule?: boolean
    state: unknown
    reason?: unknown
    notes?: unknown
    duplicateOf?: unknown
    /** With `state: forwarded`: the outside agency (a department marked external, with email). */
    agency?: unknown
    /**
     * A status template's id: without `notes`, its words filled with the request's facts are the
     * notes (each follower's in their language); with `notes`, staff edited them and those go.
     */
    template?: unknown
    req?: PayloadRequest
  },
): Promise<StepResult> => {
  const doc = await loadRequest(payload, args.id, args.req)
  if (!doc) return { ok: false, status: 404, message: `No service request ${String(args.id)}.` }
  if (!args.byRule && !mayWorkOnRequest(args.user, doc))
    return { ok: false, status: 403, message: 'This request belongs to another department.' }
  let change
  try {
    change = checkStatusChange(doc.state, {
      state: args.state,
      reason: args.reason,
      notes: args.notes,
    })
  } catch (error) {
    if (error instanceof RuleError)
      return {
        ok: false,
        status: error.status,
        message: error.message,
        field: error.field ?? 'state',
      }
    throw error
  }
  let target: RequestDoc | null = null
  if (change.reason === 'duplicate') {
    target = await loadRequest(payload, args.duplicateOf, args.req)
    if (!target || String(target.id) === String(doc.id))
      return {
        ok: false,
        status: 400,
        message:
          'Closing as a duplicate needs `duplicateOf`: the reference or id of the request that stays open.',
        field: 'duplicateOf',
      }
    if (target.status === 'closed')
      return {
        ok: false,
        status: 400,
        message: `${target.reference} is closed: merge into an open request.`,
        field: 'duplicateOf',
      }
  }
  const agency =
    change.state === 'forwarded' ? await loadAgency(payload, args.agency, args.req) : null
  if (change.state === 'forwarded' && !agency)
    return {
      ok: false,
      status: 400,
      message:
        'Forwarding needs `agency`: the id of a department marked as an outside agency, with its email.',
      field: 'agency',
    }
  const templated =
    args.template != null && args.template !== '' && change.notes === null
      ? await notesFromTemplate(payload, {
          id: args.template,
          doc,
          move: { state: change.state, reason: change.reason },
          agency,
          req: args.req,
        })
      : null
  if (templated && !templated.ok)
    return { ok: false, status: 400, message: templated.message, field: 'template' }
  const now = new Date().toISOString()
  const notes =
    change.notes ??
    templated?.notes ??
    (target
      ? strings(doc.language).requestMail.mergedNote(target.reference)
      : agency
        ? strings(doc.language).requestMail.forwardedNote(agencyName(agency, doc.language))
        : null)
  const updated = await payload.update({
    collection: SERVICE_REQUESTS,
    id: doc.id,
    data: {
      state: change.state,
      status: open311Status(change.state),
      closingReason: change.reason,
      ...(notes !== null ? { statusNotes: notes } : {}),
      closedAt: change.state === 'closed' ? now : null,
      ...(target ? { mergedInto: relationTo(target.id) } : {}),
      // A new forwarding starts the agency's clock again; leaving `forwarded` keeps the record.
      ...(agency
        ? {
            forwardedTo: relationTo(agency.id),
            forwardedAt: now,
            agencyRepliedAt: null,
            agencyRemindedAt: null,
          }
        : {}),
    },
    overrideAccess: true,
    depth: 0,
    context: { requests311: true },
    req: args.req,
  })
  const event = await recordEvent(payload, {
    request: doc.id,
    action: target ? 'merged' : agency ? 'forwarded' : 'status',
    state: change.state,
    notes,
    isPublic: true,
    actor: args.user,
    details: target
      ? `merged into ${target.reference}`
      : agency
        ? `forwarded to ${agency.name} <${agency.email}>`
        : change.reason
          ? `closed: ${change.reason}`
          : null,
    req: args.req,
  })
  const service = await serviceOf(payload, doc)
  if (agency)
    await emailAgency(payload, {
      doc: updated,
      service,
      agency,
      notes: change.notes,
      eventId: event.id,
      req: args.req,
    })
  const notified = await notifyFollowers(payload, {
    request: updated,
    service,
    state: change.state,
    reason: change.reason,
    notes,
    notesIn: templated?.notesIn,
    eventId: event.id,
    req: args.req,
  })
  if (target) {
    // Everyone who followed the duplicate now hears about the request that stays open.
    for (const follower of await activeFollowers(payload, doc.id, args.req))
      await addFollower(payload, {
        request: target.id,
        email: follower.email,
        language: follower.language,
        role: 'follower',
        confirmed: true,
        req: args.req,
      })
    await recordEvent(payload, {
      request: target.id,
      action: 'merged',
      state: target.state,
      isPublic: false,
      actor: args.user,
      details: `${doc.reference} merged into this request`,
      req: args.req,
    })
  }
  return {
    ok: true,
    doc: updated,
    notified,
    message: target
      ? `${doc.reference} merged into ${target.reference}.`
      : agency
        ? `${doc.reference} forwarded to ${agency.name} (${agency.email}).`
        : `${doc.reference} is now ${change.state}.`,
  }
}
