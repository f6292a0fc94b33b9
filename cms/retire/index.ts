/**
 * Deletion: an item deleted is retired (410 Gone, a CAP Cancel for an alert). The domain's public
 * surface: other domains import from here or from its core/.
 */

export { prepareRetirement, retireOnDelete } from './retireOnDelete'
