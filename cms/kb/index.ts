/**
 * The knowledge base: its endpoints (agents' search, feedback, health). The domain's public
 * surface: other domains import from here or from its core/.
 */

export { kbEndpoints } from './endpoints'
