import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { isSponsorshipStaff } from '../access'
import { pipelineHistory, pipelineOptions, runPipelineAction } from './service'
import { inquiryFormEndpoint } from './inquiryForm'
import { jsonError, refuseUnless } from '../http'

const refuse = (req: PayloadRequest) =>
  refuseUnless(req, (user) => isSponsorshipStaff(user), {
    signIn: 'Sign in to work on sponsor inquiries.',
    forbidden:
      'Only sponsorship coordinators and communications managers work on sponsor inquiries.',
  })

const idOf = (req: PayloadRequest) => String(req.routeParams?.id ?? '')

/**
 * POST /api/sponsor-inquiries/{id}/pipeline `{ action, comment?, sector? }` takes a pipeline step;
 * GET .../pipeline says what the signed-in person may do; GET .../pipeline/history lists the audit.
 * POST /api/sponsor-inquiries/form is the site's no-JavaScript form.
 */
export const inquiryEndpoints: Endpoint[] = [
  inquiryFormEndpoint,
  {
    path: '/:id/pipeline',
    method: 'post',
    handler: async (req) => {
      const refused = refuse(req)
      if (refused) return refused
      await addDataAndFileToRequest(req)
      const outcome = await runPipelineAction(req.payload, {
        id: idOf(req),
        user: req.user!, // refuse() has answered 401 when nobody is signed in
        input: (req.data ?? {}) as Record<string, unknown>,
      })
      return outcome.ok
        ? Response.json({ doc: outcome.doc, message: outcome.message })
        : jsonError(outcome.status, outcome.message, outcome.field)
    },
  },
  {
    path: '/:id/pipeline',
    method: 'get',
    handler: async (req) => {
      const refused = refuse(req)
      if (refused) return refused
      const options = await pipelineOptions(req.payload, idOf(req), req.user!) // as above
      return options
        ? Response.json(options)
        : jsonError(404, `No sponsor inquiry with id ${idOf(req)}.`)
    },
  },
  {
    path: '/:id/pipeline/history',
    method: 'get',
    handler: async (req) => {
      const refused = refuse(req)
      if (refused) return refused
      return Response.json({ docs: await pipelineHistory(req.payload, idOf(req)) })
    },
  },
]
