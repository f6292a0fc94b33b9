import type { Endpoint, PayloadRequest } from 'payload'

import { isStaff } from '../access/core/roles'
import { jsonError, readJsonBody, refuseUnless } from '../http'
import { caseFor, type StepResult } from './steps'

/** The guard of every staff endpoint of the desk: 401 signed out, 403 for the public's roles. */
export const staffOnly = (req: PayloadRequest) =>
  refuseUnless(req, (user) => isStaff(user), {
    signIn: 'Sign in to work on correspondence.',
    forbidden: 'Only staff work on correspondence.',
  })

export const idOf = (req: PayloadRequest) => String(req.routeParams?.id ?? '')

/** A step's outcome as the API answers it: the case, the message and any check; or the error. */
export const answer = (result: StepResult) =>
  result.ok
    ? Response.json({
        doc: result.doc,
        message: result.message,
        ...(result.check ? { check: result.check } : {}),
      })
    : jsonError(result.status, result.message, result.field)

export type Step = (req: PayloadRequest, body: Record<string, unknown>) => Promise<StepResult>

/** `POST /api/correspondence/{id}/{step}` for each step, staff only, the JSON body passed in. */
export const stepEndpoints = (steps: Record<string, Step>): Endpoint[] =>
  Object.entries(steps).map(([step, run]) => ({
    path: `/:id/${step}`,
    method: 'post',
    handler: async (req) => {
      const refused = staffOnly(req)
      if (refused) return refused
      return answer(await run(req, await readJsonBody(req)))
    },
  }))

/**
 * The case a staff endpoint names, if this person may work on it; else the refusal to answer
 * (401, 403, 404).
 */
export const staffCase = async (req: PayloadRequest) => {
  const refused = staffOnly(req)
  if (refused) return { refused }
  const found = await caseFor(req.payload, idOf(req), req.user)
  if ('error' in found) {
    const failed = found.error!
    return { refused: jsonError(failed.ok ? 500 : failed.status, failed.message) }
  }
  return { doc: found.doc }
}
