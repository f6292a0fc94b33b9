import type { GlobalConfig } from 'payload'

import { hasAnyRole, isStaff } from '../cms/access/roles'

export const STYLE_GUIDE = 'style-guide'

/** Used until someone edits the list: the City's name one way, and everyday words (Canada.ca plain language). */
export const DEFAULT_STYLE_RULES = [
  { avoid: 'City Of Riverton', prefer: 'City of Riverton', caseSensitive: true },
  { avoid: 'utilize', prefer: 'use' },
  { avoid: 'utilise', prefer: 'use' },
  { avoid: 'commence', prefer: 'start' },
  { avoid: 'facilitate', prefer: 'help' },
  { avoid: 'in order to', prefer: 'to' },
  { avoid: 'prior to', prefer: 'before' },
  { avoid: 'approximately', prefer: 'about' },
  { avoid: 'purchase', prefer: 'buy' },
  { avoid: 'endeavour', prefer: 'try' },
  { avoid: 'notwithstanding', prefer: 'despite' },
]

/** The plain-language style list the accessibility checker applies; managers keep it. */
export const StyleGuide: GlobalConfig = {
  slug: STYLE_GUIDE,
  label: 'Style guide',
  admin: { group: 'Administration', description: 'Words to avoid and what to write instead. The checker warns when a text uses one.' },
  access: {
    read: ({ req }) => isStaff(req.user),
    update: ({ req }) => hasAnyRole(req.user, ['admin', 'communications-manager']),
  },
  fields: [
    {
      name: 'rules',
      type: 'array',
      labels: { singular: 'Rule', plural: 'Rules' },
      admin: { description: 'Empty: the built-in list is used.' },
      fields: [
        { name: 'avoid', type: 'text', required: true },
        { name: 'prefer', type: 'text', required: true },
        { name: 'caseSensitive', type: 'checkbox', defaultValue: false, admin: { description: 'For names: flag only this exact spelling.' } },
      ],
    },
  ],
}
