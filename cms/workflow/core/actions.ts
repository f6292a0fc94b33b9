import type { ContentSlug } from '../../core/slugs'
import { WORKFLOW_ACTIONS, type WorkflowAction } from '../../core/workflowNames'
import type { WorkflowState } from './states'

export { WORKFLOW_ACTIONS, type WorkflowAction }

/** Which right from cms/access/matrix.ts an action needs. */
export type Capability = 'write' | 'publish' | 'urgent'

export type ActionRule = {
  /** States the action starts from. `working` is the latest version, `live` the published one. */
  from: readonly WorkflowState[]
  on: 'working' | 'live'
  to: WorkflowState
  needs: Capability
  /** Must be someone other than the author and the last editor (or the urgent publisher). */
  secondPerson?: boolean
  comment?: boolean
  publishAt?: boolean
  only?: readonly ContentSlug[]
}

const BEFORE_LIVE: readonly WorkflowState[] = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'scheduled',
]

/**
 * The workflow, declared. GOV.UK's publishers are the model: a second pair of eyes before anything
 * goes out, force-publish with a reason and review after (bulletins only), scheduled publishing,
 * and withdrawal that leaves the page up with a public notice.
 */
export const ACTION_RULES: Record<WorkflowAction, ActionRule> = {
  submit: { from: ['draft', 'changes_requested'], on: 'working', to: 'in_review', needs: 'write' },
  approve: {
    from: ['in_review'],
    on: 'working',
    to: 'approved',
    needs: 'publish',
    secondPerson: true,
  },
  'request-changes': {
    from: ['in_review'],
    on: 'working',
    to: 'changes_requested',
    needs: 'publish',
    secondPerson: true,
    comment: true,
  },
  publish: { from: ['approved', 'scheduled'], on: 'working', to: 'published', needs: 'publish' },
  schedule: {
    from: ['approved', 'scheduled'],
    on: 'working',
    to: 'scheduled',
    needs: 'publish',
    publishAt: true,
  },
  'urgent-publish': {
    from: BEFORE_LIVE,
    on: 'working',
    to: 'published_needs_review',
    needs: 'urgent',
    comment: true,
    only: ['emergency-bulletins'],
  },
  'confirm-review': {
    from: ['published_needs_review'],
    on: 'live',
    to: 'published',
    needs: 'publish',
    secondPerson: true,
    only: ['emergency-bulletins'],
  },
  withdraw: {
    from: ['published', 'published_needs_review'],
    on: 'live',
    to: 'withdrawn',
    needs: 'publish',
    comment: true,
  },
  archive: {
    from: ['published', 'published_needs_review', 'withdrawn'],
    on: 'live',
    to: 'archived',
    needs: 'publish',
  },
}

export const isWorkflowAction = (value: unknown): value is WorkflowAction =>
  typeof value === 'string' && (WORKFLOW_ACTIONS as readonly string[]).includes(value)
