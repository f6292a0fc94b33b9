/**
 * Open311 (GeoReport v2): its endpoints and API keys. The domain's public surface: other domains
 * import from here or from its core/.
 */

export { issueApiKey, returnNewKeyOnce } from './apiKeys'
export { open311Endpoints } from './endpoints'
