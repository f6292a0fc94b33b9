/**
 * Text messages: queue one text. The domain's public surface: other domains import from here or
 * from its core/.
 */

export { queueText } from './queue'
