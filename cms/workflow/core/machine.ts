import type { ContentSlug } from '../../core/slugs'
import { CONTENT_RIGHTS } from '../../access/core/matrix'
import { type Actor, hasAnyRole, isStaff } from '../../access/core/roles'
import { type WorkflowMessages, workflowMessages } from '../../core/text/messages'
import { ACTION_RULES, type ActionRule, isWorkflowAction, type WorkflowAction } from './actions'
import type { WorkflowState } from './states'

type Id = number | string

/** What the machine needs to know about an item; the Payload glue reads it from the document. */
export type ItemFacts = {
  collection: ContentSlug
  /** State of the latest version (the one being worked on). */
  working: WorkflowState
  /** State of the version the public sees, or null when nothing is live. */
  live: WorkflowState | null
  authorId?: Id | null
  lastEditorId?: Id | null
  urgentPublisherId?: Id | null
}

export type ActionInput = {
  action?: unknown
  comment?: unknown
  publishAt?: unknown
  overrideReason?: unknown
  /** With publishing an edit of a live item (cms/workflow/core/changeNote.ts). */
  changeNote?: unknown
  changeNoteFr?: unknown
  notify?: unknown
}

type Refusal = {
  ok: false
  status: 400 | 401 | 403 | 409
  reason: string
  field?: 'action' | 'comment' | 'publishAt'
}
type Decision =
  | {
      ok: true
      action: WorkflowAction
      rule: ActionRule
      from: WorkflowState
      to: WorkflowState
      comment: string | null
      publishAt: Date | null
    }
  | Refusal

const refuse = (status: Refusal['status'], reason: string, field?: Refusal['field']): Refusal => ({
  ok: false,
  status,
  reason,
  field,
})

const sameId = (a: Id | null | undefined, b: Id | null | undefined) =>
  a !== null && a !== undefined && b !== null && b !== undefined && String(a) === String(b)

const hasCapability = (item: ItemFacts, actor: Actor, rule: ActionRule) =>
  hasAnyRole(actor, CONTENT_RIGHTS[item.collection][rule.needs])

/** Everything about whether `actor` may take `action` now, except the inputs (comment, time). */
const check = (
  item: ItemFacts,
  actor: Actor,
  action: WorkflowAction,
  say: WorkflowMessages,
): Refusal | { ok: true; from: WorkflowState; rule: ActionRule } => {
  const rule = ACTION_RULES[action]
  if (!actor) return refuse(401, say.signIn)
  if (rule.only && !rule.only.includes(item.collection)) return refuse(409, say.notForType(action))
  if (!isStaff(actor) || !hasCapability(item, actor, rule))
    return refuse(403, say.roleCannot(action, rule.needs))
  const from = rule.on === 'live' ? item.live : item.working
  if (from === null) return refuse(409, say.notLive(action))
  if (!rule.from.includes(from)) return refuse(409, say.wrongState(action, from, rule.from))
  if (rule.secondPerson) {
    if (action === 'confirm-review' && sameId(item.urgentPublisherId, actor.id))
      return refuse(403, say.ownUrgent)
    if (
      action !== 'confirm-review' &&
      (sameId(item.authorId, actor.id) || sameId(item.lastEditorId, actor.id))
    ) {
      return refuse(403, say.secondPerson)
    }
  }
  return { ok: true, from, rule }
}

/** Decides one request: the transition to make, or the refusal with its HTTP status and reason. */
export const decide = (
  item: ItemFacts,
  actor: Actor,
  input: ActionInput,
  now: Date,
  say: WorkflowMessages = workflowMessages,
): Decision => {
  if (!isWorkflowAction(input.action)) return refuse(400, say.unknownAction(input.action), 'action')
  const action = input.action
  const checked = check(item, actor, action, say)
  if (!checked.ok) return checked
  const { rule, from } = checked
  const comment =
    typeof input.comment === 'string' && input.comment.trim() ? input.comment.trim() : null
  if (rule.comment && !comment) return refuse(400, say.commentRequired(action), 'comment')
  let publishAt: Date | null = null
  if (rule.publishAt) {
    publishAt = typeof input.publishAt === 'string' ? new Date(input.publishAt) : null
    if (!publishAt || Number.isNaN(publishAt.getTime()))
      return refuse(400, say.publishAtRequired, 'publishAt')
    if (publishAt.getTime() <= now.getTime()) return refuse(400, say.publishAtPast, 'publishAt')
  }
  return { ok: true, action, rule, from, to: rule.to, comment, publishAt }
}

export type ActionOption = {
  action: WorkflowAction
  allowed: boolean
  reason: string | null
  needsComment: boolean
  needsPublishAt: boolean
}

/**
 * Every action with whether this person may take it now and, when not, why: the admin shows the
 * allowed ones as buttons and the reasons beside the others. Actions that do not apply to this
 * content type are left out.
 */
export const availableActions = (
  item: ItemFacts,
  actor: Actor,
  say: WorkflowMessages = workflowMessages,
): ActionOption[] =>
  (Object.keys(ACTION_RULES) as WorkflowAction[])
    .filter(
      (action) =>
        !ACTION_RULES[action].only || ACTION_RULES[action].only!.includes(item.collection),
    )
    .map((action) => {
      const rule = ACTION_RULES[action]
      const checked = check(item, actor, action, say)
      return {
        action,
        allowed: checked.ok,
        reason: checked.ok ? null : checked.reason,
        needsComment: Boolean(rule.comment),
        needsPublishAt: Boolean(rule.publishAt),
      }
    })
