import type { SelectField } from 'payload'

/**
 * Public or internal, for content that may be either (publications, knowledge-base answers). No
 * default on purpose: whether staff-only text reaches the public is a choice, never an accident.
 */
export const audienceField = (publicLabel: string, internalLabel: string): SelectField => ({
  name: 'audience',
  type: 'select',
  required: true,
  options: [
    { label: publicLabel, value: 'public' },
    { label: internalLabel, value: 'internal' },
  ],
  index: true,
  admin: { position: 'sidebar' },
})
