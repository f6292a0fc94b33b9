/**
 * The language policy: what French an action needs. The domain's public surface: other domains
 * import from here or from its core/.
 */

export { missingFrenchForAction } from './policy'
