import type { CollectionConfig } from 'payload'

import { systemWritten } from '../cms/access/systemWritten'
import { isAdmin } from '../cms/access/desk'
import { isStaff } from '../cms/access/core/roles'
import { KB_ARTICLES, KB_FEEDBACK } from '../cms/core/slugs'
import { languageField } from './fields/language'

/**
 * "Was this helpful?" on the site's answers: yes or no and an optional comment, per article and
 * language, for its owner and the knowledge base's health view. Written only by the site's form
 * (`POST /api/kb-articles/{id}/feedback`, rate-limited); no name, email or address is asked or
 * kept.
 */
export const KbFeedback: CollectionConfig = {
  slug: KB_FEEDBACK,
  labels: {
    singular: { en: 'Answer feedback', fr: 'Avis sur une réponse' },
    plural: { en: 'Answer feedback', fr: 'Avis sur les réponses' },
  },
  admin: { group: '311', defaultColumns: ['article', 'helpful', 'comment', 'createdAt'] },
  access: systemWritten(
    ({ req }) => isStaff(req.user),
    ({ req }) => isAdmin(req.user),
  ),
  fields: [
    { name: 'article', type: 'relationship', relationTo: KB_ARTICLES, required: true, index: true },
    { name: 'helpful', type: 'checkbox', required: true, index: true },
    { name: 'comment', type: 'textarea', maxLength: 1000 },
    languageField,
  ],
}
