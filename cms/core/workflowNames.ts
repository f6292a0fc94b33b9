/**
 * The workflow's vocabulary, shared by every part of the system that names a state or an action
 * (the admin's catalogues, audit records, messages): the names only. What each state and action
 * means is the workflow's own (cms/workflow/core/states.ts and actions.ts).
 */

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

/** Workflow actions (docs/contract.md: the `action` of POST /api/{slug}/{id}/workflow). */
export const WORKFLOW_ACTIONS = [
  'submit',
  'approve',
  'request-changes',
  'publish',
  'schedule',
  'urgent-publish',
  'confirm-review',
  'withdraw',
  'archive',
] as const

export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number]
