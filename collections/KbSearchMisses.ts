import type { CollectionConfig } from 'payload'

import { systemWritten } from '../cms/access/systemWritten'
import { isStaff } from '../cms/access/core/roles'
import { KB_SEARCH_MISSES } from '../cms/core/slugs'
import { languageField } from './fields/language'

/**
 * Searches that found no answer, for the knowledge base's owners: what people asked that no article
 * answers yet. The words only (numbers and email addresses blanked), where and in which language;
 * never who searched.
 */
export const KbSearchMisses: CollectionConfig = {
  slug: KB_SEARCH_MISSES,
  labels: {
    singular: { en: 'Search without an answer', fr: 'Recherche sans réponse' },
    plural: { en: 'Searches without an answer', fr: 'Recherches sans réponse' },
  },
  admin: { group: '311', defaultColumns: ['query', 'language', 'source', 'createdAt'] },
  access: systemWritten(
    ({ req }) => isStaff(req.user),
    ({ req }) => isStaff(req.user),
  ),
  fields: [
    { name: 'query', type: 'text', required: true, index: true },
    languageField,
    {
      name: 'source',
      type: 'select',
      required: true,
      options: [
        { label: 'Agents (admin)', value: 'agent' },
        { label: 'Public site', value: 'site' },
      ],
    },
  ],
}
