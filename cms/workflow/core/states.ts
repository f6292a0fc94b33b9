/** Workflow states (docs/contract.md); the value of each version's `workflowState` field. */
export const WORKFLOW_STATES = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'scheduled',
  'published',
  'published_needs_review',
  'withdrawn',
  'archived',
] as const

export type WorkflowState = (typeof WORKFLOW_STATES)[number]

/** States in which the version is the one the public sees (Payload `_status: "published"`). */
const LIVE_STATES: readonly WorkflowState[] = ['published', 'published_needs_review', 'withdrawn']

export const isWorkflowState = (value: unknown): value is WorkflowState =>
  typeof value === 'string' && (WORKFLOW_STATES as readonly string[]).includes(value)

export const isLive = (state: WorkflowState): boolean => LIVE_STATES.includes(state)

export const STATE_LABELS: Record<WorkflowState, string> = {
  draft: 'Draft',
  in_review: 'In review',
  changes_requested: 'Changes requested',
  approved: 'Approved',
  scheduled: 'Scheduled',
  published: 'Published',
  published_needs_review: 'Published, awaiting review',
  withdrawn: 'Withdrawn',
  archived: 'Archived',
}

/**
 * A content edit made outside the workflow (saving the form) puts the working copy back to draft:
 * an approval covers the text that was reviewed, not later changes. Changes requested stays, so the
 * author can edit and resubmit.
 */
export const stateAfterEdit = (working: WorkflowState): WorkflowState =>
  working === 'changes_requested' ? 'changes_requested' : 'draft'
