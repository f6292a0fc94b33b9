import type { CollectionConfig } from 'payload'

import type { ContentSlug } from '../core/slugs'
import { mayReadVersions, mayRemove, mayWriteData, staffOrPublic } from './content'

/** Binds the pure content rules to Payload's access signature; no rule lives here. */
export const contentAccess = (slug: ContentSlug): NonNullable<CollectionConfig['access']> => ({
  read: ({ req }) => staffOrPublic(slug)(req.user),
  readVersions: ({ req }) => mayReadVersions(req.user),
  create: ({ req, data }) => mayWriteData(slug, req.user, data),
  update: ({ req, data }) => mayWriteData(slug, req.user, data),
  delete: ({ req }) => mayRemove(slug, req.user),
})
