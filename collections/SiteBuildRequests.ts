import type { CollectionConfig } from 'payload'

import { SITE_BUILD_REQUESTS } from '../cms/core/slugs'

const nobody = () => false

/**
 * A change the public site must show: one row per request, written by whichever process made the
 * change. The process holding the site-build lease builds once for every request older than its
 * build's start, then deletes them; requests that arrive meanwhile wait for one follow-up build
 * (cms/publishing/task.ts).
 */
export const SiteBuildRequests: CollectionConfig = {
  slug: SITE_BUILD_REQUESTS,
  labels: {
    singular: { en: 'Site build request', fr: 'Demande de génération du site' },
    plural: { en: 'Site build requests', fr: 'Demandes de génération du site' },
  },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'reason', type: 'text', required: true },
    { name: 'requestedAt', type: 'date', required: true, index: true },
  ],
}
