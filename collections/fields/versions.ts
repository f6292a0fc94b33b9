import type { CollectionConfig } from 'payload'

/**
 * Drafts on for every content type: editing a live item writes a new draft version while the
 * published one stays up. 100 versions an item keeps months of edits; the audit trail (workflow)
 * outlives them.
 */
export const contentVersions = (): NonNullable<CollectionConfig['versions']> => ({
  drafts: true,
  maxPerDoc: 100,
})
