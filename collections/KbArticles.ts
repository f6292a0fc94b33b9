import type { CollectionConfig, FieldAccess } from 'payload'

import { isStaff } from '../cms/access/core/roles'
import { DEPARTMENTS, KB_ARTICLES, SERVICE_TYPES } from '../cms/core/slugs'
import { audienceField } from './fields/audience'
import { contentFields } from './fields/content'
import { contentType } from './fields/contentType'
import { kbEndpoints } from '../cms/kb/endpoints'

/** Notes and scripts are for agents: the public API, the site and its search never carry them. */
const staffOnly: FieldAccess = ({ req }) => isStaff(req.user)

const YEAR = 365 * 86_400_000

const content = contentType(KB_ARTICLES, 'answer')

/**
 * The 311 knowledge base: a question (`title`), its short answer (`summary`) and full answer
 * (`body`), through the same workflow and accessibility checks as every content type. Public
 * articles reach the site's answers and its search; internal ones, and every article's notes and
 * phone script, stay with staff. Each has an owner and a date to be reviewed by, after which agents
 * see it flagged.
 */
export const KbArticles: CollectionConfig = {
  slug: KB_ARTICLES,
  labels: {
    singular: { en: 'Answer (knowledge base)', fr: 'Réponse (base de connaissances)' },
    plural: { en: 'Knowledge base', fr: 'Base de connaissances' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'audience', 'department', 'reviewBy', 'workflowState'],
    group: '311',
    description:
      'Write the title as the question people ask, the summary as the answer in one or two sentences.',
    components: {
      beforeList: ['/cms/kb/admin/AgentSearch#AgentSearch', '/cms/kb/admin/KbHealth#KbHealth'],
    },
  },
  ...content,
  endpoints: [...(content.endpoints || []), ...kbEndpoints],
  fields: [
    ...contentFields(),
    audienceField('Public (site, search, 311 forms)', 'Internal (agents only, never public)'),
    {
      name: 'keywords',
      type: 'text',
      localized: true,
      admin: { description: 'Other words people use for this, separated by commas.' },
    },
    {
      name: 'phoneScript',
      label: { en: 'Phone script (staff only)', fr: 'Script téléphonique (personnel)' },
      type: 'textarea',
      localized: true,
      access: { read: staffOnly },
      admin: { description: 'What an agent says on the phone. Never public.' },
    },
    {
      name: 'internalNotes',
      label: { en: 'Internal notes (staff only)', fr: 'Notes internes (personnel)' },
      type: 'textarea',
      localized: true,
      access: { read: staffOnly },
      admin: { description: 'Exceptions, extensions, who to escalate to. Never public.' },
    },
    {
      name: 'relatedServices',
      type: 'relationship',
      relationTo: SERVICE_TYPES,
      hasMany: true,
      admin: {
        position: 'sidebar',
        description: 'The 311 services whose report form suggests this answer.',
      },
    },
    {
      name: 'relatedArticles',
      type: 'relationship',
      relationTo: KB_ARTICLES,
      hasMany: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'department',
      label: { en: 'Owner (department)', fr: 'Responsable (service)' },
      type: 'relationship',
      relationTo: DEPARTMENTS,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'reviewBy',
      type: 'date',
      required: true,
      index: true,
      defaultValue: () => new Date(Date.now() + YEAR).toISOString(),
      admin: {
        position: 'sidebar',
        description: 'After this date agents see the answer flagged as possibly out of date.',
      },
    },
  ],
}
