import type { GlobalConfig } from 'payload'

import { STYLE_GUIDE } from '../cms/core/slugs'
import { hasAnyRole, isStaff } from '../cms/access/core/roles'

/** The plain-language style list the accessibility checker applies; managers keep it. */
export const StyleGuide: GlobalConfig = {
  slug: STYLE_GUIDE,
  label: { en: 'Style guide', fr: 'Guide de rédaction' },
  admin: {
    group: 'Administration',
    description:
      'Words to avoid and what to write instead. The checker warns when a text uses one.',
  },
  access: {
    read: ({ req }) => isStaff(req.user),
    update: ({ req }) => hasAnyRole(req.user, ['admin', 'communications-manager']),
  },
  fields: [
    {
      name: 'rules',
      type: 'array',
      labels: {
        singular: { en: 'Rule', fr: 'Règle' },
        plural: { en: 'Rules', fr: 'Règles' },
      },
      admin: { description: 'Empty: the built-in list is used.' },
      fields: [
        { name: 'avoid', type: 'text', required: true },
        { name: 'prefer', type: 'text', required: true },
        {
          name: 'caseSensitive',
          type: 'checkbox',
          defaultValue: false,
          admin: { description: 'For names: flag only this exact spelling.' },
        },
      ],
    },
  ],
}
