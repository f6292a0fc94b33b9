import type { CollectionConfig, TextareaField } from 'payload'

import { isStaff } from '../cms/access/core/roles'
import { isCatalogueKeeper } from '../cms/access/requests311'
import { SERVICE_TYPES, STATUS_TEMPLATES } from '../cms/core/slugs'
import { CLOSING_REASONS, REQUEST_STATES } from '../cms/servicerequests/core/model'
import { MAX_TEMPLATE, placeholderProblem } from '../cms/servicerequests/core/statusTemplates'
import { options } from './fields/options'

const HELP =
  'Placeholders: {reference}, {service}, {address}, {expectedAt}, {agency}. Filled with the request’s facts in the reader’s language.'

/** A template's message in one language: required, its placeholders checked by name. */
const messageField = (name: string, label: { en: string; fr: string }): TextareaField => ({
  name,
  label,
  type: 'textarea',
  required: true,
  maxLength: MAX_TEMPLATE,
  validate: (value: unknown) => placeholderProblem(value) ?? true,
  admin: { description: HELP },
})

/**
 * 311's status messages, written once: per service (or for every service), per state and, for a
 * closing, per reason, in English and French. The status panel offers those that fit; the chosen
 * one is filled with the request's facts and sent to each follower in their language. Staff read
 * them; the catalogue's keepers (communications managers, admins) write them, like the catalogue.
 */
export const StatusTemplates: CollectionConfig = {
  slug: STATUS_TEMPLATES,
  labels: {
    singular: { en: 'Status template', fr: 'Modèle d’état' },
    plural: { en: 'Status templates (311)', fr: 'Modèles d’état (311)' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'service', 'state', 'closingReason', 'active'],
    group: '311',
  },
  access: {
    read: ({ req }) => isStaff(req.user),
    create: ({ req }) => isCatalogueKeeper(req.user),
    update: ({ req }) => isCatalogueKeeper(req.user),
    delete: ({ req }) => isCatalogueKeeper(req.user),
  },
  timestamps: true,
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 120,
      admin: { description: 'What staff see in the status panel’s list.' },
    },
    {
      name: 'service',
      type: 'relationship',
      relationTo: SERVICE_TYPES,
      index: true,
      admin: { description: 'Empty: offered for every service.' },
    },
    {
      name: 'state',
      type: 'select',
      required: true,
      index: true,
      options: options(REQUEST_STATES),
    },
    {
      name: 'closingReason',
      type: 'select',
      options: options(CLOSING_REASONS),
      admin: {
        condition: (data) => data?.state === 'closed',
        description: 'Empty: offered for any reason.',
      },
    },
    messageField('text', { en: 'Message (English)', fr: 'Message (anglais)' }),
    messageField('textFr', { en: 'Message (French)', fr: 'Message (français)' }),
    { name: 'active', type: 'checkbox', defaultValue: true },
  ],
}
