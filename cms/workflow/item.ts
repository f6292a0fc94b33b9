import type { Payload, PayloadRequest } from 'payload'

import type { ContentSlug } from '../core/slugs'
import type { ItemFacts } from './core/machine'
import { isWorkflowState, type WorkflowState } from './core/states'
import { relationId } from '../core/relationId'

type Doc = Record<string, unknown> & { id: number | string }

export type LoadedItem = {
  facts: ItemFacts
  /** The latest version (what is being worked on). */
  working: Doc
  /** The main document; the public's version when `_status` is published. */
  main: Doc
  /** Edits saved as a draft after the live version was published. */
  hasPendingEdits: boolean
}

const idOf = relationId

const stateOf = (doc: Doc): WorkflowState =>
  isWorkflowState(doc.workflowState) ? doc.workflowState : 'draft'

/**
 * Reads an item's two faces (working copy and live version) into the facts the machine decides on.
 */
export const loadItem = async (
  payload: Payload,
  collection: ContentSlug,
  id: number | string,
  req?: PayloadRequest,
): Promise<LoadedItem | null> => {
  const options = {
    collection,
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  } as const
  const working = (await payload.findByID({ ...options, draft: true })) as Doc | null
  const main = (await payload.findByID({ ...options, draft: false })) as Doc | null
  if (!working || !main) return null
  const isLive = main._status === 'published'
  return {
    working,
    main,
    hasPendingEdits: isLive && working._status !== 'published',
    facts: {
      collection,
      working: stateOf(working),
      live: isLive ? stateOf(main) : null,
      authorId: idOf(working.author) ?? null,
      lastEditorId: idOf(working.lastEditedBy) ?? null,
      urgentPublisherId: idOf(main.urgentPublishedBy) ?? null,
    },
  }
}
