import type { CollectionConfig } from 'payload'

import { systemWritten } from '../cms/access/systemWritten'
import { isStaff } from '../cms/access/core/roles'
import { KB_ARTICLES, KB_VIEWS } from '../cms/core/slugs'
import { languageField } from './fields/language'

/**
 * How often each answer is read, a row per article, day and language (`key` is the three together):
 * counts only, no visitor, address or cookie. Kept apart from the article so that counting never
 * makes a new version of it.
 */
export const KbViews: CollectionConfig = {
  slug: KB_VIEWS,
  labels: {
    singular: { en: 'Answer views (a day)', fr: 'Consultations d’une réponse (par jour)' },
    plural: { en: 'Answer views', fr: 'Consultations des réponses' },
  },
  admin: { group: '311', hidden: true },
  access: systemWritten(({ req }) => isStaff(req.user)),
  fields: [
    { name: 'key', type: 'text', required: true, unique: true },
    { name: 'article', type: 'relationship', relationTo: KB_ARTICLES, required: true, index: true },
    { name: 'day', type: 'text', required: true, index: true },
    languageField,
    { name: 'views', type: 'number', required: true, defaultValue: 0 },
  ],
}
