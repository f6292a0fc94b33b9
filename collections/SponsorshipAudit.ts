import type { CollectionConfig } from 'payload'

import { isSponsorshipStaff } from '../cms/access/sponsorship'
import { PIPELINE_ACTIONS, PIPELINE_STATES } from '../cms/sponsorship/core/pipeline'
import { SPONSOR_INQUIRIES, SPONSORSHIP_AUDIT, USERS } from '../cms/core/slugs'
import { options } from './fields/options'

const nobody = () => false

/**
 * Every step of the sponsorship pipeline, written once by the pipeline service and never changed.
 */
export const SponsorshipAudit: CollectionConfig = {
  slug: SPONSORSHIP_AUDIT,
  labels: {
    singular: { en: 'Sponsorship audit entry', fr: 'Entrée du journal des commandites' },
    plural: { en: 'Sponsorship audit', fr: 'Journal des commandites' },
  },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['at', 'inquiry', 'action', 'fromState', 'toState', 'actorName'],
    group: 'Sponsorship',
  },
  access: {
    read: ({ req }) => isSponsorshipStaff(req.user),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  timestamps: true,
  fields: [
    {
      name: 'inquiry',
      type: 'relationship',
      relationTo: SPONSOR_INQUIRIES,
      required: true,
      index: true,
    },
    { name: 'action', type: 'select', required: true, options: options(PIPELINE_ACTIONS) },
    { name: 'fromState', type: 'select', required: true, options: options(PIPELINE_STATES) },
    { name: 'toState', type: 'select', required: true, options: options(PIPELINE_STATES) },
    { name: 'actor', type: 'relationship', relationTo: USERS },
    {
      name: 'actorName',
      type: 'text',
      admin: { description: 'Kept as written, even if the account is renamed or removed.' },
    },
    { name: 'comment', type: 'textarea' },
    {
      name: 'details',
      type: 'textarea',
      admin: {
        description: 'What the step recorded: the screening result, the approval, the slot.',
      },
    },
    {
      name: 'at',
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'summary', type: 'text', admin: { hidden: true } },
  ],
}
