import {
  type ContentSlug,
  EMERGENCY_BULLETINS,
  MEDIA_RELEASES,
  PUBLICATIONS,
  SPONSORSHIP_PACKAGES,
} from '../../core/slugs'

/** Where each content type lives on the public site: an item is at `{section}{slug}/`. */
export const SECTION_PATH: Record<ContentSlug, string> = {
  [MEDIA_RELEASES]: '/news/',
  [PUBLICATIONS]: '/publications/',
  [SPONSORSHIP_PACKAGES]: '/sponsorship/',
  [EMERGENCY_BULLETINS]: '/emergency/',
}
