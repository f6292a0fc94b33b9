/**
 * Checking a stored item against the accessibility rules and the style guide. The domain's public
 * surface: other domains import from here or from its core/.
 */

export { checkStoredItem, languagesOf, styleRules } from './forItem'
