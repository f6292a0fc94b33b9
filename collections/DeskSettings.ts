import type { GlobalConfig } from 'payload'

import { isDeskManager, isDeskStaff } from '../cms/access/desk'
import { DEPARTMENTS, DESK_SETTINGS } from '../cms/core/slugs'
import { KINDS } from '../cms/desk/core/model'

/**
 * How the desk routes, reminds and forgets: routing rules (first match wins), the department that
 * gets what no rule matches, the hour of the morning digest, and how long closed cases keep their
 * personal information.
 */
export const DeskSettings: GlobalConfig = {
  slug: DESK_SETTINGS,
  label: { en: 'Customer service settings', fr: 'Paramètres du service à la clientèle' },
  admin: { group: 'Customer service' },
  access: {
    read: ({ req }) => isDeskStaff(req.user),
    update: ({ req }) => isDeskManager(req.user),
  },
  fields: [
    {
      name: 'routing',
      type: 'array',
      labels: {
        singular: { en: 'Routing rule', fr: 'Règle d’acheminement' },
        plural: { en: 'Routing rules', fr: 'Règles d’acheminement' },
      },
      admin: {
        description:
          'Tried in order; the first whose every filled condition holds chooses the department.',
      },
      fields: [
        { name: 'department', type: 'relationship', relationTo: DEPARTMENTS, required: true },
        {
          name: 'kinds',
          type: 'select',
          hasMany: true,
          options: KINDS.map((value) => ({ label: value, value })),
        },
        {
          name: 'topics',
          type: 'text',
          admin: { description: 'Form topics, separated by commas.' },
        },
        {
          name: 'keywords',
          type: 'text',
          admin: {
            description:
              'Words or phrases, separated by commas; any one found in the subject or message matches (accents and case ignored).',
          },
        },
      ],
    },
    {
      name: 'fallbackDepartment',
      type: 'relationship',
      relationTo: DEPARTMENTS,
      admin: { description: 'Gets what no rule matches. Empty: the desk triages it.' },
    },
    {
      name: 'digestHour',
      type: 'number',
      min: 0,
      max: 23,
      defaultValue: 8,
      admin: {
        description: 'The hour (Toronto) of each business day’s due-today email to assignees.',
      },
    },
    {
      name: 'retentionYears',
      type: 'number',
      min: 1,
      max: 50,
      defaultValue: 2,
      admin: {
        description:
          'Closed cases keep their personal information this many years, then only their figures.',
      },
    },
    {
      name: 'survey',
      type: 'checkbox',
      defaultValue: true,
      label: {
        en: 'Offer the satisfaction survey when a case closes',
        fr: 'Offrir le sondage de satisfaction à la fermeture',
      },
    },
  ],
}
