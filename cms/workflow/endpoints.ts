import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import type { ContentSlug } from '../core/slugs'
import { isStaff } from '../access/core/roles'
import { runWorkflowAction, workflowHistory, workflowOptions } from './service'
import { jsonError, refuseUnless } from '../http'

const signedInStaff = (req: PayloadRequest) =>
  refuseUnless(req, isStaff, {
    signIn: 'Sign in to use the workflow.',
    forbidden: 'Your account has no staff role.',
  })

const itemId = (req: PayloadRequest) => String(req.routeParams?.id ?? '')

/**
 * The workflow's REST contract (docs/contract.md): POST /api/{slug}/{id}/workflow takes an action;
 * GET /api/{slug}/{id}/workflow says what the signed-in person may do now;
 * GET /api/{slug}/{id}/workflow/history lists the audit entries, oldest first.
 */
export const workflowEndpoints = (collection: ContentSlug): Endpoint[] => [
  {
    path: '/:id/workflow',
    method: 'post',
    handler: async (req) => {
      const refused = signedInStaff(req)
      if (refused) return refused
      await addDataAndFileToRequest(req)
      const input = (req.data ?? {}) as Record<string, unknown>
      const outcome = await runWorkflowAction(req.payload, {
        language: req.i18n?.language,
        collection,
        id: itemId(req),
        user: req.user,
        input: {
          action: input.action,
          comment: input.comment,
          publishAt: input.publishAt,
          overrideReason: input.overrideReason,
          changeNote: input.changeNote,
          changeNoteFr: input.changeNoteFr,
          notify: input.notify,
        },
      })
      if (outcome.ok)
        return Response.json({ doc: outcome.doc, message: `Done: ${String(input.action)}.` })
      return Response.json(
        {
          errors: outcome.fields
            ? outcome.fields.map((field) => ({ message: outcome.reason, field }))
            : [{ message: outcome.reason, ...(outcome.field ? { field: outcome.field } : {}) }],
          ...(outcome.findings ? { findings: outcome.findings } : {}),
        },
        { status: outcome.status },
      )
    },
  },
  {
    path: '/:id/workflow',
    method: 'get',
    handler: async (req) => {
      const refused = signedInStaff(req)
      if (refused) return refused
      const options = await workflowOptions(
        req.payload,
        collection,
        itemId(req),
        req.user,
        req.i18n?.language,
      )
      return options
        ? Response.json(options)
        : jsonError(404, `No ${collection} item with id ${itemId(req)}.`)
    },
  },
  {
    path: '/:id/workflow/history',
    method: 'get',
    handler: async (req) => {
      const refused = signedInStaff(req)
      if (refused) return refused
      return Response.json({ docs: await workflowHistory(req.payload, collection, itemId(req)) })
    },
  },
]
