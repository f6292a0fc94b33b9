/**
 * Web Push: subscribe a browser, queue one notification. The domain's public surface: other domains
 * import from here or from its core/.
 */

export { queuePush } from './queue'
export { subscribePush } from './subscriptions'
