import type { GlobalConfig } from 'payload'

import { hasAnyRole, isStaff } from '../cms/access/core/roles'
import {
  CONTENT_SLUGS,
  EMERGENCY_BULLETINS,
  LANGUAGE_POLICY,
  KB_ARTICLES,
  MEDIA_RELEASES,
  PUBLICATIONS,
  SPONSORSHIP_PACKAGES,
} from '../cms/core/slugs'
import { DEFAULT_REMINDER_MINUTES } from '../cms/bilingual/core/policy'

const LABELS: Record<(typeof CONTENT_SLUGS)[number], string> = {
  [MEDIA_RELEASES]: 'News releases',
  [PUBLICATIONS]: 'Publications',
  [SPONSORSHIP_PACKAGES]: 'Sponsorship packages',
  [EMERGENCY_BULLETINS]: 'Emergency bulletins',
  [KB_ARTICLES]: 'Knowledge base answers',
}

/** Which content types must have their French text before they are published; managers keep it. */
export const LanguagePolicy: GlobalConfig = {
  slug: LANGUAGE_POLICY,
  label: { en: 'Language policy', fr: 'Politique linguistique' },
  admin: {
    group: 'Administration',
    description:
      'English and French on the public site: what must be translated before publishing, and how often an officer is reminded of an alert that went out in English only.',
  },
  access: {
    read: ({ req }) => isStaff(req.user),
    update: ({ req }) => hasAnyRole(req.user, ['admin', 'communications-manager']),
  },
  fields: [
    {
      name: 'frenchRequired',
      label: 'French required before publishing',
      type: 'select',
      hasMany: true,
      options: CONTENT_SLUGS.map((slug) => ({ value: slug, label: LABELS[slug] })),
      defaultValue: [],
      admin: {
        description:
          'Publishing one of these without its French title, summary and text is refused, naming the missing fields. An urgent emergency publish may still go out in English alone.',
      },
    },
    {
      name: 'reminderMinutes',
      label: 'Remind about English-only alerts every (minutes)',
      type: 'number',
      min: 5,
      max: 1440,
      defaultValue: DEFAULT_REMINDER_MINUTES,
      admin: {
        description:
          'While an alert published in English only is in force, the officer who published it is emailed this often until the French text is added.',
      },
    },
  ],
}
