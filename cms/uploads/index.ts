/**
 * What an upload may be before Payload stores it. The domain's public surface: other domains import
 * from here or from its core/.
 */

export { MAX_INPUT_PIXELS } from './guardUpload'
