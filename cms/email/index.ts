/**
 * Email: queue one message. The domain's public surface: other domains import from here or from its
 * core/.
 */

export { PRIORITY_HEADER, queueMessage } from './queue'
export { digestsScheduledStep, queueDueDigests } from './digests'
