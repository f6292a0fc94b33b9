import type { GlobalConfig } from 'payload'

import { isDeskStaff } from '../cms/access/desk'
import { isCatalogueKeeper } from '../cms/access/requests311'
import { DEPARTMENTS, SERVICE_REQUEST_SETTINGS, WARDS } from '../cms/core/slugs'

/**
 * How 311 routes: rules tried in order (service codes, wards, answers → department and queue); a
 * request no rule takes goes to its service's department.
 */
export const ServiceRequestSettings: GlobalConfig = {
  slug: SERVICE_REQUEST_SETTINGS,
  label: { en: '311 settings', fr: 'Paramètres du 311' },
  admin: { group: '311' },
  access: {
    read: ({ req }) => isDeskStaff(req.user),
    update: ({ req }) => isCatalogueKeeper(req.user),
  },
  fields: [
    {
      name: 'agencyReminderDays',
      label: {
        en: 'Remind staff after (business days without the agency’s answer)',
        fr: 'Rappel au personnel après (jours ouvrables sans réponse de l’organisme)',
      },
      type: 'number',
      min: 1,
      max: 60,
      defaultValue: 5,
      admin: {
        description: {
          en: 'A forwarded request whose agency has not replied by email is brought back to its department.',
          fr: 'Une demande transmise dont l’organisme n’a pas répondu par courriel est signalée à son service.',
        },
      },
    },
    {
      name: 'routing',
      type: 'array',
      labels: {
        singular: { en: 'Routing rule', fr: 'Règle d’acheminement' },
        plural: { en: 'Routing rules', fr: 'Règles d’acheminement' },
      },
      admin: {
        description:
          'Tried in order; the first whose every filled condition holds chooses the department and queue. Otherwise the service’s department takes the request.',
      },
      fields: [
        { name: 'department', type: 'relationship', relationTo: DEPARTMENTS, required: true },
        {
          name: 'queue',
          type: 'text',
          admin: { description: 'A crew or team inside the department.' },
        },
        {
          name: 'services',
          type: 'text',
          admin: { description: 'Service codes, separated by commas.' },
        },
        { name: 'wards', type: 'relationship', relationTo: WARDS, hasMany: true },
        {
          name: 'answers',
          type: 'array',
          admin: { description: 'Every listed answer must be given.' },
          fields: [
            { name: 'code', type: 'text', required: true },
            {
              name: 'values',
              type: 'text',
              required: true,
              admin: { description: 'Keys, separated by commas.' },
            },
          ],
        },
      ],
    },
  ],
}
