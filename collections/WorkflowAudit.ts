import type { CollectionConfig } from 'payload'

import { isStaff } from '../cms/access/core/roles'
import { WORKFLOW_ACTIONS } from '../cms/workflow/core/actions'
import { WORKFLOW_STATES } from '../cms/workflow/core/states'
import { CONTENT_SLUGS, USERS, WORKFLOW_AUDIT } from '../cms/core/slugs'
import { options } from './fields/options'

const nobody = () => false

/**
 * The workflow's audit: one entry per transition, written once by the workflow service and never
 * changed. No role, admin included, may create, update or delete an entry through any API; staff
 * read.
 */
export const WorkflowAudit: CollectionConfig = {
  slug: WORKFLOW_AUDIT,
  labels: {
    singular: { en: 'Audit entry', fr: 'Entrée du journal' },
    plural: { en: 'Workflow audit', fr: 'Journal du flux d’approbation' },
  },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: [
      'at',
      'itemCollection',
      'itemTitle',
      'action',
      'fromState',
      'toState',
      'actorName',
    ],
    group: 'Administration',
  },
  access: {
    read: ({ req }) => isStaff(req.user),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  timestamps: true,
  fields: [
    {
      name: 'itemCollection',
      type: 'select',
      required: true,
      index: true,
      options: options(CONTENT_SLUGS),
    },
    { name: 'itemId', type: 'text', required: true, index: true },
    { name: 'itemTitle', type: 'text' },
    // `delete` / `deleted` record a deletion (the item's record is in retired-items); not workflow
    // moves.
    {
      name: 'action',
      type: 'select',
      required: true,
      options: options([...WORKFLOW_ACTIONS, 'delete']),
    },
    { name: 'fromState', type: 'select', required: true, options: options(WORKFLOW_STATES) },
    {
      name: 'toState',
      type: 'select',
      required: true,
      options: options([...WORKFLOW_STATES, 'deleted']),
    },
    { name: 'actor', type: 'relationship', relationTo: USERS },
    {
      name: 'actorName',
      type: 'text',
      admin: { description: 'Kept as written, even if the account is renamed or removed.' },
    },
    { name: 'actorRoles', type: 'text' },
    { name: 'comment', type: 'textarea' },
    { name: 'publishAt', type: 'date' },
    {
      name: 'accessibilityOverride',
      type: 'textarea',
      admin: {
        description:
          'An approver went ahead despite blocking accessibility findings: their reason.',
      },
    },
    {
      name: 'versionId',
      type: 'text',
      admin: { description: 'The version this transition produced.' },
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
