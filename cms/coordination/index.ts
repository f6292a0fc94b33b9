/**
 * Several processes on one database: leases, rate limits, the scheduled pass, site build requests.
 * The domain's public surface: other domains import from here or from its core/.
 */

export { beginClosing, isClosing } from './closing'
export { acquireLease, releaseLease, renewLease, withLease } from './leases'
export { databaseLimiter } from './rateLimits'
export {
  type FirstOrSeen,
  keepAnswer,
  keptAnswer,
  readReceipt,
  newerInScope,
  type Receipt,
  receiveOnce,
} from './receipts'
export {
  messageOf,
  paced,
  SCHEDULED_QUEUE,
  type ScheduledFailure,
  type ScheduledStep,
} from './scheduledWork'
export {
  BUILD_TASK,
  clearBuildRequests,
  pendingBuildRequests,
  requestSiteBuild,
  resumeStrandedBuilds,
  SITE_BUILD_LEASE,
} from './siteBuildRequests'
