import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
} from 'payload'

import { relationId } from '../core/relationId'
import { createOnlyThrough, deleteAll } from '../db'
import { requestSiteBuild } from '../coordination'
import {
  REQUEST_PHOTO_COPIES,
  REQUEST_PHOTOS,
  SERVICE_REQUEST_EVENTS,
  SERVICE_REQUEST_FOLLOWERS,
} from '../core/slugs'
import { recordEvent } from './tracking'

/**
 * What the admin's edit form may change on a request: its department, queue, assignee and the
 * description's typos. The state, the public notes and the record of how it came in change only
 * through the status contract, which checks, records and tells the followers.
 */
const THROUGH_STATUS = [
  'reference',
  'serviceCode',
  'state',
  'status',
  'closingReason',
  'statusNotes',
  'mergedInto',
  'forwardedTo',
  'forwardedAt',
  'agencyRepliedAt',
  'agencyRemindedAt',
  'requestedAt',
  'closedAt',
  'channel',
  'token',
  'apiClient',
] as const

/** Written only by the residents' own steps: their survey, their reopening, their "me too". */
const RESIDENTS_ONLY = [
  'reopenCount',
  'reopenedFrom',
  'meTooCount',
  'surveyScore',
  'surveyComment',
  'surveyAnsweredAt',
  'stillFixed',
  'stillFixedAskedAt',
] as const

const same = (a: unknown, b: unknown) => String(relationId(a) ?? '') === String(relationId(b) ?? '')

/** Requests open through intake only (the admin's create form posts to it too). */
export const openThroughIntake = createOnlyThrough(
  'requests311',
  'Open a request through POST /api/service-requests (intake).',
)

export const guardRequestChanges: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
  context,
}) => {
  if (operation !== 'update' || context.requests311 || !originalDoc) return data
  for (const field of THROUGH_STATUS)
    if (field in data && !same(data[field], originalDoc[field]))
      throw new APIError(
        `\`${field}\` changes through POST /api/service-requests/{id}/status (the admin’s status panel), which tells the followers.`,
        400,
        { errors: [{ path: field, message: `Change ${field} through the status contract.` }] },
        true,
      )
  for (const field of RESIDENTS_ONLY)
    if (field in data && !same(data[field], originalDoc[field]))
      throw new APIError(
        `\`${field}\` is the resident's to give (their survey, their "still not fixed", their "me too").`,
        400,
        { errors: [{ path: field, message: `${field} is not changed by staff.` }] },
        true,
      )
  return data
}

/** Reassignments are audited: who moved the request where. */
export const auditReassignment: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  if (operation !== 'update' || context.requests311) return doc
  const moved = ['department', 'queue', 'assignee'].filter((f) => !same(doc[f], previousDoc?.[f]))
  if (moved.length)
    await recordEvent(req.payload, {
      request: doc.id,
      action: 'assigned',
      state: doc.state,
      actor: req.user,
      details: moved
        .map(
          (f) =>
            `${f}: ${String(relationId(previousDoc?.[f]) ?? '—')} → ${String(relationId(doc[f]) ?? '—')}`,
        )
        .join('; '),
      req,
    })
  return doc
}

/**
 * A deleted request takes its history, followers and photos (originals and public copies) with it:
 * they mean nothing without it, and the photos are personal information.
 */
export const deleteRequestRecords: CollectionBeforeDeleteHook = async ({ id, req }) => {
  for (const collection of [
    REQUEST_PHOTO_COPIES,
    REQUEST_PHOTOS,
    SERVICE_REQUEST_EVENTS,
    SERVICE_REQUEST_FOLLOWERS,
  ] as const)
    await deleteAll(req, collection, { request: { equals: id } })
}

/** The report form is built from the catalogue and the wards: a change there rebuilds the site. */
export const rebuildSiteForCatalogue: CollectionAfterChangeHook = async ({
  doc,
  req,
  context,
  collection,
}) => {
  if (!context.seed) await requestSiteBuild(req.payload, `the 311 ${collection.slug} changed`)
  return doc
}
