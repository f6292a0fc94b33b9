import type { CollectionConfig } from 'payload'

import { RATE_LIMIT_HITS } from '../cms/core/slugs'

const nobody = () => false

/**
 * One row per attempt at something rate-limited (sign-in, password reset, subscribe, inquiry), so
 * the limits hold across every CMS process on the database. The key is a hash: the table holds no
 * address or IP in the clear. Rows older than their window are deleted as the limiter goes.
 */
export const RateLimitHits: CollectionConfig = {
  slug: RATE_LIMIT_HITS,
  labels: {
    singular: { en: 'Rate-limit hit', fr: 'Tentative limitée' },
    plural: { en: 'Rate-limit hits', fr: 'Tentatives limitées' },
  },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'key', type: 'text', required: true, index: true },
    { name: 'at', type: 'date', required: true, index: true },
  ],
}
