import type { GlobalConfig } from 'payload'

import { SITE_STATUS } from '../cms/core/slugs'
import { isStaff } from '../cms/access/core/roles'

/**
 * The public site's last build, written by the publishing pipeline only. Staff see it in the admin
 * (and a failed build on the dashboard); nobody edits it through any API.
 */
export const SiteStatus: GlobalConfig = {
  slug: SITE_STATUS,
  label: { en: 'Public site status', fr: 'État du site public' },
  admin: {
    group: 'Administration',
    description: 'The last build of the public site. Written by the publishing pipeline.',
  },
  access: { read: ({ req }) => isStaff(req.user), update: () => false },
  fields: [
    {
      name: 'state',
      type: 'select',
      options: ['never-built', 'ok', 'failed'].map((value) => ({ label: value, value })),
      defaultValue: 'never-built',
      admin: { readOnly: true },
    },
    {
      name: 'lastSuccessAt',
      type: 'date',
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'lastSnapshotAt',
      type: 'date',
      admin: {
        readOnly: true,
        description: 'When the content of the live site was read from the CMS.',
      },
    },
    {
      name: 'lastAttemptAt',
      type: 'date',
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'lastError', type: 'textarea', admin: { readOnly: true } },
    { name: 'pages', type: 'number', admin: { readOnly: true } },
    { name: 'seconds', type: 'number', admin: { readOnly: true } },
    {
      name: 'reason',
      type: 'text',
      admin: { readOnly: true, description: 'What asked for the last build.' },
    },
    {
      name: 'scheduledFailures',
      type: 'array',
      admin: {
        readOnly: true,
        description:
          'Scheduled steps that failed at the last run of the 5-second job (tried again at every run).',
      },
      fields: [
        { name: 'step', type: 'text' },
        { name: 'collection', type: 'text' },
        { name: 'itemId', type: 'text' },
        { name: 'title', type: 'text' },
        { name: 'error', type: 'textarea' },
        { name: 'at', type: 'date' },
      ],
    },
  ],
}
