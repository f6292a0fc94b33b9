import type { TextField } from 'payload'

import { normaliseEmail } from '../../cms/core/text/emailAddress'

/**
 * An email address as people type it: stored trimmed and lower-cased (so lookups by address find
 * it), refused with an example when it is not one. Optional unless `required`.
 */
export const emailAddressField = (options: {
  name?: string
  required?: boolean
  index?: boolean
  example?: string
  description?: string
}): TextField => ({
  name: options.name ?? 'email',
  type: 'text',
  ...(options.required ? { required: true } : {}),
  ...(options.index ? { index: true } : {}),
  ...(options.description ? { admin: { description: options.description } } : {}),
  hooks: {
    beforeValidate: [
      ({ value }) => (typeof value === 'string' ? (normaliseEmail(value) ?? value) : value),
    ],
  },
  validate: (value: unknown) =>
    (!options.required && !value) || normaliseEmail(value)
      ? true
      : `Enter an email address like ${options.example ?? 'name@example.com'}.`,
})
