import type { Payload } from 'payload'

import { WORKFLOW_AUDIT, type ContentSlug } from '../../collections/slugs'
import type { Actor as AccessActor } from '../access/roles'
import { ACTION_RULES } from './actions'
import { type Actor, applyTransition } from './apply'
import { loadItem } from './item'
import { type ActionInput, availableActions, decide } from './machine'
import { notifyTransition } from './notify'

export type Outcome =
  | { ok: true; status: 200; doc: Record<string, unknown> }
  | { ok: false; status: 400 | 401 | 403 | 404 | 409 | 422; reason: string; field?: string }

const notFound = (collection: string, id: string | number): Outcome => ({ ok: false, status: 404, reason: `No ${collection} item with id ${id}.` })

/** One workflow request from a person: decide, apply with its audit entry, then tell who needs to know. */
export const runWorkflowAction = async (
  payload: Payload,
  request: { collection: ContentSlug; id: number | string; user: Actor; input: ActionInput; now?: Date },
): Promise<Outcome> => {
  const { collection, id, user, input } = request
  const item = await loadItem(payload, collection, id)
  if (!item) return user ? notFound(collection, id) : { ok: false, status: 401, reason: 'Sign in to use the workflow.' }
  const decision = decide(item.facts, user as AccessActor, input, request.now ?? new Date())
  if (!decision.ok) return decision
  const transition = { action: decision.action, on: decision.rule.on, from: decision.from, to: decision.to, comment: decision.comment, publishAt: decision.publishAt }
  const { doc } = await applyTransition(payload, item, transition, user)
  await notifyTransition(payload, { collection, doc, transition, actor: user })
  return { ok: true, status: 200, doc }
}

/** What this person may do with the item now, and why not, for the admin's workflow panel. */
export const workflowOptions = async (payload: Payload, collection: ContentSlug, id: number | string, user: Actor) => {
  const item = await loadItem(payload, collection, id)
  if (!item) return null
  return {
    state: item.facts.working,
    live: item.facts.live,
    hasPendingEdits: item.hasPendingEdits,
    publishAt: item.working.publishAt ?? null,
    actions: availableActions(item.facts, user as AccessActor),
  }
}

/** The audit entries of one item, oldest first. */
export const workflowHistory = async (payload: Payload, collection: ContentSlug, id: number | string) => {
  const { docs } = await payload.find({
    collection: WORKFLOW_AUDIT,
    where: { and: [{ itemCollection: { equals: collection } }, { itemId: { equals: String(id) } }] },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs
}

/**
 * The scheduled-publish job: publishes the item if it is still scheduled and its time has come.
 * Rescheduling or editing in the meantime changes the state or the time, and the job then does nothing.
 */
export const publishIfDue = async (payload: Payload, collection: ContentSlug, id: number | string, now = new Date()) => {
  const item = await loadItem(payload, collection, id)
  if (!item || item.facts.working !== 'scheduled') return 'not-scheduled' as const
  const publishAt = item.working.publishAt ? new Date(String(item.working.publishAt)) : null
  if (!publishAt || publishAt.getTime() > now.getTime()) return 'not-due' as const
  const transition = { action: 'publish' as const, on: ACTION_RULES.publish.on, from: 'scheduled' as const, to: 'published' as const, comment: 'Published at its scheduled time.', publishAt: null }
  const { doc } = await applyTransition(payload, item, transition, null)
  await notifyTransition(payload, { collection, doc, transition, actor: null })
  return 'published' as const
}

/** The scheduled take-down: archives a live item whose "take down at" time has come. */
export const archiveIfDue = async (payload: Payload, collection: ContentSlug, id: number | string, now = new Date()) => {
  const item = await loadItem(payload, collection, id)
  if (!item || !item.facts.live || !ACTION_RULES.archive.from.includes(item.facts.live)) return 'not-live' as const
  const unpublishAt = item.main.unpublishAt ? new Date(String(item.main.unpublishAt)) : null
  if (!unpublishAt || unpublishAt.getTime() > now.getTime()) return 'not-due' as const
  const transition = { action: 'archive' as const, on: ACTION_RULES.archive.on, from: item.facts.live, to: 'archived' as const, comment: 'Taken down at its scheduled time.', publishAt: null }
  await applyTransition(payload, item, transition, null)
  return 'archived' as const
}
