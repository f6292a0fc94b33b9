/**
 * The admin's build and the hash of its sources. The domain's public surface: other domains import
 * from here or from its core/.
 */

export { sourceHash } from './sourceHash'
