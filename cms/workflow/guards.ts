import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
} from 'payload'

import type { ContentSlug } from '../core/slugs'
import { workflowMessages } from '../core/text/messages'
import { isWorkflowState, stateAfterEdit } from './core/states'

/** Writes the workflow service (and the seed) make; everything else is a person editing. */
export const isWorkflowWrite = (context: Record<string, unknown> | undefined): boolean =>
  context?.workflow === true || context?.seed === true

const forbidden = (message: string) => new APIError(message, 403, null, true)

/**
 * Only the workflow makes or changes a live version. A person's save must be a draft
 * (`?draft=true`, the admin's Save Draft) unless nothing of the item is live yet. This runs before
 * Payload's own logic, where the operation's `draft` flag is still visible, so it covers REST,
 * GraphQL, the Local API with a user, the admin's buttons and restoring an old version.
 */
export const guardLiveWrites =
  (slug: ContentSlug, itemLabel: string): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (isWorkflowWrite(req.context)) return args
    if (operation !== 'create' && operation !== 'update' && operation !== 'restoreVersion')
      return args
    const { data, draft, id } = args as {
      data?: { _status?: unknown }
      draft?: boolean
      id?: number | string
    }
    if (data?._status === 'published')
      throw forbidden(workflowMessages.publishThroughWorkflow(itemLabel))
    if (operation === 'create' || draft) return args
    // Restoring a version or a bulk update straight onto the main document: only as a draft.
    if (operation !== 'update' || id === undefined)
      throw forbidden(workflowMessages.editLiveThroughDraft(itemLabel))
    const current = await req.payload.findByID({
      collection: slug,
      id: id!,
      depth: 0,
      draft: false,
      overrideAccess: true,
      disableErrors: true,
      select: { _status: true },
      req,
    })
    if (current?._status === 'published')
      throw forbidden(workflowMessages.editLiveThroughDraft(itemLabel))
    return args
  }

/** A person's edit puts the working copy back to draft (an approval covers the text it saw). */
export const workingStateOnEdit: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  req,
  operation,
}) => {
  if (isWorkflowWrite(req.context)) return data
  const working = isWorkflowState(originalDoc?.workflowState) ? originalDoc.workflowState : 'draft'
  return { ...data, workflowState: operation === 'create' ? 'draft' : stateAfterEdit(working) }
}
