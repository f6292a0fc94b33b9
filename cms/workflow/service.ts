import type { DataFromCollectionSlug, Payload } from 'payload'

import { EMERGENCY_BULLETINS, WORKFLOW_AUDIT, type ContentSlug } from '../core/slugs'
import { capCpProblem } from '../../emergency/core/bulletinRules'
import { type Actor, hasAnyRole } from '../access/core/roles'
import { ACTION_RULES } from './core/actions'
import { readChangeNote } from './core/changeNote'
import { CONTENT_RIGHTS } from '../access/core/matrix'
import { blocking } from '../accessibility/core/check'
import { checkStoredItem, languagesOf } from '../accessibility'
import type { Finding } from '../accessibility/core/rules'
import { type WorkflowMessages, workflowMessages } from '../core/text/messages'
import { workflowMessagesFr } from '../core/text/workflowMessagesFr'
import { applyTransition } from './apply'
import type { Transition } from './core/transition'
import { loadItem } from './item'
import { type ActionInput, availableActions, decide } from './core/machine'
import { notifyTransition } from './notify'
import { missingFrenchForAction } from '../bilingual'

type Outcome =
  | { ok: true; status: 200; doc: DataFromCollectionSlug<ContentSlug> }
  | {
      ok: false
      status: 400 | 401 | 403 | 404 | 409 | 422
      reason: string
      field?: string
      /** Every field at fault, when there are several (the French a publish still needs). */
      fields?: string[]
      findings?: Finding[]
    }

/** The workflow's sentences in the staff member's admin language. */
export const workflowMessagesIn = (language: string | undefined): WorkflowMessages =>
  language === 'fr' ? workflowMessagesFr : workflowMessages

/** Actions that vouch for the text: blocking accessibility findings stop them. */
const CHECKED_ACTIONS = new Set(['submit', 'approve'])
/**
 * Actions that send a bulletin on its way: it must carry what the Canadian alerting profile
 * requires.
 */
const CAP_CP_ACTIONS = new Set(['submit', 'approve', 'schedule', 'publish', 'urgent-publish'])

/**
 * Errors block submit and approve (422 with the findings). An approver may go ahead with a written
 * reason, which the audit records; nobody else may.
 */
const accessibilityGate = async (
  payload: Payload,
  collection: ContentSlug,
  id: number | string,
  user: Actor,
  overrideReason: unknown,
  say: WorkflowMessages,
  adminLanguage: string | undefined,
): Promise<Outcome | { override: Transition['override'] }> => {
  const results = await Promise.all(
    (await languagesOf(payload, collection, id)).map((language) =>
      checkStoredItem(payload, collection, id, language, adminLanguage),
    ),
  )
  const errors = results.flatMap((result) => (result ? blocking(result) : []))
  if (errors.length === 0) return { override: null }
  const reason = typeof overrideReason === 'string' ? overrideReason.trim() : ''
  if (!reason)
    return {
      ok: false,
      status: 422,
      reason: say.accessibilityBlocks(errors.length),
      findings: errors,
    }
  if (!hasAnyRole(user, CONTENT_RIGHTS[collection].publish))
    return { ok: false, status: 403, reason: say.onlyApproverOverrides, findings: errors }
  return { override: { reason, rules: [...new Set(errors.map((finding) => finding.rule))] } }
}

const notFound = (collection: string, id: string | number): Outcome => ({
  ok: false,
  status: 404,
  reason: `No ${collection} item with id ${id}.`,
})

/**
 * One workflow request from a person: decide, apply with its audit entry, then tell who needs to
 * know.
 */
export const runWorkflowAction = async (
  payload: Payload,
  request: {
    collection: ContentSlug
    id: number | string
    user: Actor
    input: ActionInput
    now?: Date
    /** The admin language of the person (reasons are given in it); English when absent. */
    language?: string
  },
): Promise<Outcome> => {
  const { collection, id, user, input } = request
  const say = workflowMessagesIn(request.language)
  const item = await loadItem(payload, collection, id)
  if (!item) return user ? notFound(collection, id) : { ok: false, status: 401, reason: say.signIn }
  const decision = decide(item.facts, user, input, request.now ?? new Date(), say)
  if (!decision.ok) return decision
  const changeNote = readChangeNote(input, {
    action: decision.action,
    wasLive: Boolean(item.main.publishedAt || item.working.publishedAt),
  })
  if (!changeNote.ok)
    return { ok: false, status: 400, reason: changeNote.message, field: changeNote.field }
  if (collection === EMERGENCY_BULLETINS && CAP_CP_ACTIONS.has(decision.action)) {
    const problem = capCpProblem(item.working as Parameters<typeof capCpProblem>[0])
    if (problem) return { ok: false, status: 422, reason: problem.message, field: problem.field }
  }
  const missingFrench = await missingFrenchForAction(
    payload,
    collection,
    id,
    decision.action,
    item.working,
  )
  if (missingFrench.length > 0)
    return {
      ok: false,
      status: 422,
      reason: say.frenchRequired(missingFrench),
      field: missingFrench[0],
      fields: missingFrench,
    }
  let override: Transition['override'] = null
  if (CHECKED_ACTIONS.has(decision.action)) {
    const gate = await accessibilityGate(
      payload,
      collection,
      id,
      user,
      input.overrideReason,
      say,
      request.language,
    )
    if (!('override' in gate)) return gate
    override = gate.override
  }
  const transition: Transition = {
    action: decision.action,
    on: decision.rule.on,
    from: decision.from,
    to: decision.to,
    comment: decision.comment,
    publishAt: decision.publishAt,
    override,
    changeNote: changeNote.value,
  }
  const { doc } = await applyTransition(payload, item, transition, user)
  await notifyTransition(payload, { collection, doc, transition, actor: user })
  return { ok: true, status: 200, doc }
}

/** What this person may do with the item now, and why not, for the admin's workflow panel. */
export const workflowOptions = async (
  payload: Payload,
  collection: ContentSlug,
  id: number | string,
  user: Actor,
  language?: string,
) => {
  const item = await loadItem(payload, collection, id)
  if (!item) return null
  return {
    state: item.facts.working,
    live: item.facts.live,
    hasPendingEdits: item.hasPendingEdits,
    // Publishing then publishes an edit: it may carry a change note.
    everPublished: Boolean(item.main.publishedAt || item.working.publishedAt),
    publishAt: item.working.publishAt ?? null,
    actions: availableActions(item.facts, user, workflowMessagesIn(language)),
  }
}

/** The audit entries of one item, oldest first. */
export const workflowHistory = async (
  payload: Payload,
  collection: ContentSlug,
  id: number | string,
) => {
  const { docs } = await payload.find({
    collection: WORKFLOW_AUDIT,
    where: {
      and: [{ itemCollection: { equals: collection } }, { itemId: { equals: String(id) } }],
    },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs
}

/**
 * The scheduled-publish job: publishes the item if it is still scheduled and its time has come.
 * Rescheduling or editing in the meantime changes the state or the time, and the job then does
 * nothing.
 */
export const publishIfDue = async (
  payload: Payload,
  collection: ContentSlug,
  id: number | string,
  now = new Date(),
) => {
  const item = await loadItem(payload, collection, id)
  if (!item || item.facts.working !== 'scheduled') return 'not-scheduled' as const
  const publishAt = item.working.publishAt ? new Date(String(item.working.publishAt)) : null
  if (!publishAt || publishAt.getTime() > now.getTime()) return 'not-due' as const
  const transition = {
    action: 'publish' as const,
    on: ACTION_RULES.publish.on,
    from: 'scheduled' as const,
    to: 'published' as const,
    comment: 'Published at its scheduled time.',
    publishAt: null,
  }
  const { doc } = await applyTransition(payload, item, transition, null)
  await notifyTransition(payload, { collection, doc, transition, actor: null })
  return 'published' as const
}

/** The scheduled take-down: archives a live item whose "take down at" time has come. */
export const archiveIfDue = async (
  payload: Payload,
  collection: ContentSlug,
  id: number | string,
  now = new Date(),
) => {
  const item = await loadItem(payload, collection, id)
  if (!item || !item.facts.live || !ACTION_RULES.archive.from.includes(item.facts.live))
    return 'not-live' as const
  const unpublishAt = item.main.unpublishAt ? new Date(String(item.main.unpublishAt)) : null
  if (!unpublishAt || unpublishAt.getTime() > now.getTime()) return 'not-due' as const
  const transition = {
    action: 'archive' as const,
    on: ACTION_RULES.archive.on,
    from: item.facts.live,
    to: 'archived' as const,
    comment: 'Taken down at its scheduled time.',
    publishAt: null,
  }
  await applyTransition(payload, item, transition, null)
  return 'archived' as const
}
