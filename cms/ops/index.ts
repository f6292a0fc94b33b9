/**
 * Operations: backup and restore of the database and uploads. The domain's public surface: other
 * domains import from here or from its core/.
 */

export { backup, restore } from './backup'
export { pruneExpired, type PruneReport, retentionScheduledStep } from './retention'
