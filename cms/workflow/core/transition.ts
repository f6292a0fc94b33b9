import type { ChangeNote } from './changeNote'
import type { Actor } from '../../access/core/roles'
import { relationTo } from '../../core/relationId'
import type { WorkflowAction } from './actions'
import type { WorkflowState } from './states'

/** One workflow step as decided: what happened, from which state to which, and why. */
export type Transition = {
  action: WorkflowAction
  on: 'working' | 'live'
  from: WorkflowState
  to: WorkflowState
  comment: string | null
  publishAt: Date | null
  /**
   * An approver's written reason to go ahead despite blocking accessibility findings, and which
   * ones.
   */
  override?: { reason: string; rules: string[] } | null
  /** What changed, when an edit of a live item is published with a note. */
  changeNote?: ChangeNote | null
}

/** Who an audit entry names, kept as written even if the account is later renamed or removed. */
export const auditActor = (actor: Actor | undefined, nobody: string) => ({
  actor: relationTo(actor?.id),
  actorName: actor
    ? [actor.firstName, actor.lastName].filter(Boolean).join(' ') || actor.email || String(actor.id)
    : nobody,
  actorRoles: actor?.roles?.join(', ') ?? 'system',
})
