import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { isSponsorshipStaff } from '../../cms/access/sponsorship'
import { pipelineHistory, pipelineOptions, runPipelineAction } from '../../cms/sponsorship/service'
import { inquiryFormEndpoint } from './form'

const error = (status: number, message: string, field?: string) => Response.json({ errors: [{ message, ...(field ? { field } : {}) }] }, { status })

const refuse = (req: PayloadRequest) => {
  if (!req.user) return error(401, 'Sign in to work on sponsor inquiries.')
  if (!isSponsorshipStaff(req.user)) return error(403, 'Only sponsorship coordinators and communications managers work on sponsor inquiries.')
  return null
}

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
      const outcome = await runPipelineAction(req.payload, { id: idOf(req), user: req.user as never, input: (req.data ?? {}) as Record<string, unknown> })
      return outcome.ok ? Response.json({ doc: outcome.doc, message: outcome.message }) : error(outcome.status, outcome.message, outcome.field)
    },
  },
  {
    path: '/:id/pipeline',
    method: 'get',
    handler: async (req) => {
      const refused = refuse(req)
      if (refused) return refused
      const options = await pipelineOptions(req.payload, idOf(req), req.user as never)
      return options ? Response.json(options) : error(404, `No sponsor inquiry with id ${idOf(req)}.`)
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
