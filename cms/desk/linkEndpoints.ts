import type { Endpoint, Payload } from 'payload'

import { relationId, relationIds, relationTo } from '../core/relationId'
import { CORRESPONDENCE, DESK_AUDIT, SERVICE_REQUESTS } from '../core/slugs'
import { type CaseDoc, loadCase } from './cases'
import { linkCase } from './links'
import { mergeCases } from './merge'
import { splitMessage } from './split'
import { idOf, staffCase, stepEndpoints } from './stepEndpoints'

const ids = (values: unknown) => relationIds(values).map((id) => relationTo(id))

/**
 * What a case is joined to, for its page: the case it was merged into (a pointer), the cases
 * merged into it, its possible duplicate, the linked cases and 311 requests (each side shows the
 * other), and its history with that of the cases merged into it, oldest first.
 */
export const caseLinks = async (payload: Payload, doc: CaseDoc) => {
  const brief = (c: {
    id: number | string
    reference?: string | null
    subject?: string | null
  }) => ({
    id: c.id,
    reference: c.reference ?? '',
    subject: c.subject ?? null,
  })
  const find = async (where: Parameters<Payload['find']>[0]['where']) =>
    (
      await payload.find({
        collection: CORRESPONDENCE,
        where,
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
    ).docs
  const mergedFrom = await find({ mergedInto: { equals: relationTo(doc.id) } })
  const pointer = relationId(doc.mergedInto)
  const duplicate = relationId(doc.possibleDuplicateOf)
  const [into, dup] = await Promise.all(
    [pointer, duplicate].map((id) => (id == null ? null : loadCase(payload, id))),
  )
  const linked = ids(doc.linkedCases).length ? await find({ id: { in: ids(doc.linkedCases) } }) : []
  const requests = ids(doc.linkedRequests).length
    ? (
        await payload.find({
          collection: SERVICE_REQUESTS,
          where: { id: { in: ids(doc.linkedRequests) } },
          pagination: false,
          depth: 0,
          overrideAccess: true,
        })
      ).docs
    : []
  const history = (
    await payload.find({
      collection: DESK_AUDIT,
      where: { case: { in: [relationTo(doc.id), ...mergedFrom.map((c) => relationTo(c.id))] } },
      sort: 'at',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
  ).docs
  const referenceOf = new Map([doc, ...mergedFrom].map((c) => [String(c.id), c.reference]))
  return {
    mergedInto: into ? brief(into) : null,
    mergedFrom: mergedFrom.map(brief),
    possibleDuplicate:
      dup && !dup.mergedInto && dup.state !== 'closed'
        ? { ...brief(dup), receivedAt: dup.receivedAt ?? null }
        : null,
    cases: linked.map((c) => ({ ...brief(c), state: c.state })),
    requests: requests.map((r) => ({
      id: r.id,
      reference: r.reference,
      state: r.state,
      serviceCode: r.serviceCode,
      address: r.addressLabel ?? null,
    })),
    history: history.map((h) => ({
      at: h.at,
      case: referenceOf.get(String(relationId(h.case))) ?? null,
      action: h.action,
      actorName: h.actorName ?? null,
      details: h.details ?? null,
    })),
  }
}

/**
 * Merge, split and link: `POST /api/correspondence/{id}/merge` `{ into }`, `…/split`
 * `{ message }`, `…/link` `{ case | request, unlink? }`, and `GET …/links` for the case's page.
 */
export const linkEndpoints: Endpoint[] = [
  {
    path: '/:id/links',
    method: 'get',
    handler: async (req) => {
      const found = await staffCase(req)
      if (found.refused) return found.refused
      return Response.json(await caseLinks(req.payload, found.doc), {
        headers: { 'cache-control': 'no-store' },
      })
    },
  },
  ...stepEndpoints({
    merge: (req, body) =>
      mergeCases(req.payload, { id: idOf(req), into: body.into, user: req.user }),
    split: (req, body) =>
      splitMessage(req.payload, { id: idOf(req), message: body.message, user: req.user }),
    link: (req, body) =>
      linkCase(req.payload, {
        id: idOf(req),
        user: req.user,
        case: body.case,
        request: body.request,
        unlink: body.unlink,
      }),
  }),
]
