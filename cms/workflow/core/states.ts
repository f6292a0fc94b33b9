import { WORKFLOW_STATES, type WorkflowState } from '../../core/workflowNames'

export { WORKFLOW_STATES, type WorkflowState }

/** States in which the version is the one the public sees (Payload `_status: "published"`). */
const LIVE_STATES: readonly WorkflowState[] = ['published', 'published_needs_review', 'withdrawn']

export const isWorkflowState = (value: unknown): value is WorkflowState =>
  typeof value === 'string' && (WORKFLOW_STATES as readonly string[]).includes(value)

export const isLive = (state: WorkflowState): boolean => LIVE_STATES.includes(state)

/**
 * A content edit made outside the workflow (saving the form) puts the working copy back to draft:
 * an approval covers the text that was reviewed, not later changes. Changes requested stays, so the
 * author can edit and resubmit.
 */
export const stateAfterEdit = (working: WorkflowState): WorkflowState =>
  working === 'changes_requested' ? 'changes_requested' : 'draft'
