/**
 * The outbox every channel sends through: queue a broadcast or one message, the Channel interface.
 * The domain's public surface: other domains import from here or from its core/.
 */

export { type Channel } from './channel'
export { alertAreaOfItem, type ItemChange, queueItem, recipientsOf } from './enqueue'
export { queueDelivery } from './messages'
export { kickOutbox } from './run'
export { releaseSendsShownBy } from './siteWait'
export { batchRecipients, sendReader, skipReason } from './sendReader'
export { type Deliver } from './worker'
