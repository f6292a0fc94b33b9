import type { GroupField } from 'payload'

/**
 * The record CASL asks for, the same on every channel: the words agreed to, when, on which page or
 * by which message, from where, and how (double opt-in by email link, confirmation code by text,
 * browser permission). Written by the subscription endpoints only.
 */
export const consentField: GroupField = {
  name: 'consent',
  type: 'group',
  admin: { description: 'The record CASL asks for: what was agreed to, when, where and how.' },
  fields: [
    { name: 'text', type: 'textarea', admin: { readOnly: true } },
    {
      name: 'agreedAt',
      type: 'date',
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'sourcePage', type: 'text', admin: { readOnly: true } },
    { name: 'ip', type: 'text', admin: { readOnly: true } },
    { name: 'method', type: 'text', admin: { readOnly: true } },
  ],
}
