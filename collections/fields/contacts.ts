import type { ArrayField } from 'payload'

import { messages } from '../../cms/core/text/messages'
import { isPhoneNumber } from '../../cms/core/text/phone'

/** Media contacts printed at the foot of a release; journalists call these people. */
export const contactsField = (): ArrayField => ({
  name: 'contacts',
  type: 'array',
  labels: { singular: 'Contact', plural: 'Contacts' },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'role',
      type: 'text',
      localized: true,
      admin: { description: 'e.g. Communications Advisor' },
    },
    { name: 'department', type: 'text', localized: true },
    { name: 'email', type: 'email' },
    {
      name: 'phone',
      type: 'text',
      validate: (value: unknown) => !value || isPhoneNumber(String(value)) || messages.phoneInvalid,
    },
  ],
})
