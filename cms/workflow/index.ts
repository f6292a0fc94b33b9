/**
 * The approval workflow: its endpoints, the guards on content writes, its scheduled steps. The
 * domain's public surface: other domains import from here or from its core/.
 */

export { workflowEndpoints } from './endpoints'
export { guardLiveWrites, isWorkflowWrite, workingStateOnEdit } from './guards'
export { archiveDue, publishDue, workflowScheduledSteps } from './publishDue'
