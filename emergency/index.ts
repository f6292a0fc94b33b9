/**
 * Emergency bulletins: the live emergency files and the fast path. The domain's public surface:
 * other domains import from here or from its core/.
 */

export { publishEmergencyNow } from './fastPath'
export { emergencyFiles, fetchBulletins, siteBulletin } from './files'
