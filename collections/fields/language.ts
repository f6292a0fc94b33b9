import type { SelectField } from 'payload'

/**
 * The language a person is written to in (emails, pages, replies): English or French, English
 * unless they chose. Subscribers, correspondence, sponsor inquiries and 311 requests and followers
 * share it.
 */
export const languageField: SelectField = {
  name: 'language',
  type: 'select',
  required: true,
  defaultValue: 'en',
  options: [
    { label: 'English', value: 'en' },
    { label: 'Français', value: 'fr' },
  ],
}
