import type { CollectionConfig } from 'payload'

import { contentAccess } from '../../cms/access/contentAccess'
import { accessibilityEndpoints } from '../../cms/accessibility/endpoints'
import { workflowEndpoints } from '../../cms/workflow/endpoints'
import { prepareRetirement, retireOnDelete } from '../../cms/retire/retireOnDelete'
import { guardLiveWrites, workingStateOnEdit } from '../../cms/workflow/guards'
import type { ContentSlug } from '../../cms/core/slugs'
import { contentVersions } from './versions'

/**
 * What the four content types share besides fields: access, drafts, the workflow's guards and its
 * REST endpoints. A content type spreads this and adds its own fields.
 */
export const contentType = (
  slug: ContentSlug,
  itemLabel: string,
): Pick<CollectionConfig, 'access' | 'versions' | 'hooks' | 'endpoints'> => ({
  access: contentAccess(slug),
  versions: contentVersions(),
  hooks: {
    beforeOperation: [guardLiveWrites(slug, itemLabel)],
    beforeChange: [workingStateOnEdit],
    beforeDelete: [prepareRetirement(slug)],
    afterDelete: [retireOnDelete(slug)],
  },
  endpoints: [...workflowEndpoints(slug), ...accessibilityEndpoints(slug)],
})
