import type { Endpoint } from 'payload'

import { mayWorkOnRequest } from '../access'
import { isStaff } from '../access/core/roles'
import { relationId } from '../core/relationId'
import { jsonError, refuseUnless } from '../http'
import { type Language } from '../../site/lib/i18n'
import { serviceById } from './catalogue'
import {
  type ClosingReason,
  CLOSING_REASONS,
  REQUEST_STATES,
  type RequestState,
} from './core/model'
import { templatesFor } from './core/statusTemplates'
import { loadAgency } from './forwarding'
import { loadRequest } from './status'
import { allTemplates, asRule, fillIn, type Move } from './statusTemplates'

/**
 * `GET /api/service-requests/{id}/status-templates?state=&reason=[&agency=]`: what the status panel
 * offers for a move, each template filled in the reporter's language (staff who may work on it).
 */
const readMove = (params: URLSearchParams): Move | null => {
  const state = params.get('state')
  const reason = params.get('reason')
  if (!(REQUEST_STATES as readonly (string | null)[]).includes(state)) return null
  if (reason && !(CLOSING_REASONS as readonly string[]).includes(reason)) return null
  return {
    state: state as RequestState,
    reason: state === 'closed' ? ((reason as ClosingReason | null) ?? 'resolved') : null,
  }
}

/** The templates that fit a move of one request, filled in the reporter's language. */
export const offeredTemplates: Endpoint = {
  path: '/:id/status-templates',
  method: 'get',
  handler: async (req) => {
    const refused = refuseUnless(req, (user) => isStaff(user), {
      signIn: 'Sign in to read the status templates.',
      forbidden: 'Only staff read the status templates.',
    })
    if (refused) return refused
    const move = readMove(req.searchParams)
    if (!move) return jsonError(400, 'Give `state` (and for a closing `reason`).', 'state')
    const doc = await loadRequest(req.payload, req.routeParams?.id, req)
    if (!doc) return jsonError(404, `No service request ${String(req.routeParams?.id)}.`)
    if (!mayWorkOnRequest(req.user, doc))
      return jsonError(403, 'This request belongs to another department.')
    const agency = await loadAgency(
      req.payload,
      req.searchParams.get('agency') ?? relationId(doc.forwardedTo),
      req,
    )
    const service = await serviceById(req.payload, doc.service)
    const language: Language = doc.language === 'fr' ? 'fr' : 'en'
    const fitting = templatesFor((await allTemplates(req.payload, req)).map(asRule), {
      service: relationId(doc.service)!,
      ...move,
    })
    return Response.json({
      language,
      templates: fitting.map((t) => ({
        id: t.id,
        name: t.name,
        text: fillIn(t, language, { doc, service, agency }),
      })),
    })
  },
}
