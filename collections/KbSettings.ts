import type { GlobalConfig } from 'payload'

import { hasAnyRole, isStaff } from '../cms/access/core/roles'
import { KB_SETTINGS } from '../cms/core/slugs'
import { DEFAULT_SYNONYMS } from '../cms/kb/core/defaultSynonyms'

/**
 * The words the agents' search treats as the same, per language: editors keep them as callers'
 * words change ("trash" is "garbage"). A change takes effect at the next search, in every process.
 */
export const KbSettings: GlobalConfig = {
  slug: KB_SETTINGS,
  label: { en: 'Knowledge base settings', fr: 'Paramètres de la base de connaissances' },
  admin: { group: '311' },
  access: {
    read: ({ req }) => isStaff(req.user),
    update: ({ req }) =>
      hasAnyRole(req.user, ['admin', 'communications-manager', 'communications-writer']),
  },
  fields: [
    {
      name: 'synonymsEn',
      label: { en: 'Synonyms (English)', fr: 'Synonymes (anglais)' },
      type: 'textarea',
      defaultValue: DEFAULT_SYNONYMS.en,
      admin: {
        rows: 12,
        description:
          'One group a line, words separated by commas: garbage, trash, refuse. Lines starting with # are notes.',
      },
    },
    {
      name: 'synonymsFr',
      label: { en: 'Synonyms (French)', fr: 'Synonymes (français)' },
      type: 'textarea',
      defaultValue: DEFAULT_SYNONYMS.fr,
      admin: { rows: 12 },
    },
  ],
}
