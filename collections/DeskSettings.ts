import type { GlobalConfig } from 'payload'

import { isDeskManager, isDeskStaff } from '../cms/access/desk'
import { DEPARTMENTS, DESK_MACROS, DESK_SETTINGS, USERS } from '../cms/core/slugs'
import { KINDS } from '../cms/desk/core/model'
import { PRIORITIES } from '../cms/desk/core/targets'
import { options } from './fields/options'

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
          name: 'priority',
          type: 'select',
          options: options(PRIORITIES),
          admin: { description: 'Empty: normal.' },
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
      name: 'targets',
      type: 'array',
      labels: {
        singular: { en: 'Target', fr: 'Cible' },
        plural: { en: 'Targets', fr: 'Cibles' },
      },
      admin: {
        description:
          'Beyond the first reply (3 business days written, 2 by telephone): the first row that fits a case’s kind and priority (empty: any) sets its targets, in business days. Without one: next reply 2, resolution 10.',
      },
      fields: [
        { name: 'kinds', type: 'select', hasMany: true, options: options(KINDS) },
        { name: 'priorities', type: 'select', hasMany: true, options: options(PRIORITIES) },
        { name: 'nextReplyDays', type: 'number', min: 1, max: 30, defaultValue: 2 },
        { name: 'resolutionDays', type: 'number', min: 1, max: 120, defaultValue: 10 },
      ],
    },
    {
      name: 'head',
      label: { en: 'Head of the desk', fr: 'Responsable du service' },
      type: 'relationship',
      relationTo: USERS,
      admin: {
        description:
          'Told of a late reply or an unresolved case that the department’s manager has not settled.',
      },
    },
    {
      name: 'headAfterDays',
      type: 'number',
      min: 0,
      max: 10,
      defaultValue: 1,
      admin: {
        description:
          'Business days after the manager was told before the head is told (0: at once).',
      },
    },
    {
      name: 'otherLanguages',
      label: { en: 'Messages in other languages', fr: 'Messages dans d’autres langues' },
      type: 'group',
      admin: {
        description:
          'A case written in neither English nor French is flagged with the language detected; agents see this.',
      },
      fields: [
        {
          name: 'answer',
          type: 'textarea',
          maxLength: 1000,
          admin: {
            description:
              'How the City answers, e.g. “Call the interpreter line at 1-888-555-0199 (account 3110) and reply in English with what was said.”',
          },
        },
        {
          name: 'macro',
          type: 'relationship',
          relationTo: DESK_MACROS,
          admin: { description: 'The saved reply to offer first (a message translated ahead).' },
        },
      ],
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
