import type { CollectionConfig, Field } from 'payload'

import { casesFor, isAdmin } from '../cms/access/desk'
import {
  CORRESPONDENCE,
  DEPARTMENTS,
  SERVICE_REQUESTS,
  SPONSOR_INQUIRIES,
  USERS,
} from '../cms/core/slugs'
import { isCallbackNumber } from '../cms/core/text/phone'
import { CASE_STATES, CHANNELS, KINDS } from '../cms/desk/core/model'
import { PRIORITIES } from '../cms/desk/core/targets'
import { caseEndpoints } from '../cms/desk/endpoints'
import {
  auditCaseChanges,
  deleteThread,
  guardCaseChanges,
  openThroughDesk,
} from '../cms/desk/hooks'
import { emailAddressField } from './fields/emailAddress'
import { languageField } from './fields/language'
import { options } from './fields/options'

const nobody = () => false
/** Set by the desk's services only: the clock, the state and the record of what was promised. */
const system = { access: { create: nobody, update: nobody } }
const when = (name: string, description?: string, index = false): Field => ({
  name,
  type: 'date',
  index,
  ...system,
  admin: {
    readOnly: true,
    position: 'sidebar',
    date: { pickerAppearance: 'dayAndTime' },
    ...(description ? { description } : {}),
  },
})

const counter = (name: string, description: string): Field => ({
  name,
  type: 'number',
  defaultValue: 0,
  ...system,
  admin: { readOnly: true, position: 'sidebar', description },
})

const linkField = (
  name: string,
  relationTo: typeof CORRESPONDENCE | typeof SERVICE_REQUESTS,
  description?: string,
  hasMany = false,
): Field => ({
  name,
  type: 'relationship',
  relationTo,
  hasMany,
  index: !hasMany,
  ...system,
  admin: { readOnly: true, ...(description ? { description } : {}) },
})

/**
 * One conversation with a resident, business or journalist, on any channel: the desk's unit of work
 * and of the City's promise (a reply within 3 business days written, 2 by telephone, signed with a
 * first name and department). Personal information under MFIPPA: staff only, never public. Cases
 * are opened through `POST /api/correspondence` (the form, apps, staff logging a call) and the
 * inbound mail listener; messages live in `correspondence-messages`.
 */
export const Correspondence: CollectionConfig = {
  slug: CORRESPONDENCE,
  labels: {
    singular: { en: 'Correspondence', fr: 'Correspondance' },
    plural: { en: 'Correspondence', fr: 'Correspondance' },
  },
  admin: {
    useAsTitle: 'reference',
    defaultColumns: [
      'reference',
      'subject',
      'channel',
      'state',
      'department',
      'assignee',
      'responseDueAt',
    ],
    group: 'Customer service',
    listSearchableFields: ['reference', 'subject', 'email', 'contactName'],
  },
  access: {
    read: ({ req }) => casesFor(req.user),
    // Opened through the desk's own create endpoint (it answers the public with the reference
    // only).
    create: ({ req }) => Boolean(req.user),
    update: ({ req }) => casesFor(req.user),
    delete: ({ req }) => isAdmin(req.user),
  },
  hooks: {
    beforeOperation: [openThroughDesk],
    beforeChange: [guardCaseChanges],
    afterChange: [auditCaseChanges],
    beforeDelete: [deleteThread],
  },
  endpoints: caseEndpoints,
  timestamps: true,
  fields: [
    {
      name: 'thread',
      type: 'ui',
      admin: { components: { Field: '/cms/desk/admin/CaseThread#CaseThread' } },
    },
    {
      name: 'links',
      type: 'ui',
      admin: { components: { Field: '/cms/desk/admin/CaseLinks#CaseLinks' } },
    },
    {
      name: 'reference',
      type: 'text',
      unique: true,
      index: true,
      ...system,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      // Only when staff open a case in the admin (a call, a letter, a visit): the first message.
      // Not stored on the case: it becomes the thread's first entry.
      name: 'message',
      label: { en: 'What the person said or wrote', fr: 'Ce que la personne a dit ou écrit' },
      type: 'textarea',
      virtual: true,
      admin: { condition: (data) => !data?.id },
    },
    { name: 'subject', type: 'text', maxLength: 300 },
    {
      name: 'summary',
      type: 'textarea',
      ...system,
      admin: { readOnly: true, description: 'The start of the first message.' },
    },
    { name: 'channel', type: 'select', required: true, options: options(CHANNELS), index: true },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'general',
      options: options(KINDS),
      index: true,
    },
    {
      name: 'topic',
      type: 'text',
      admin: { description: 'The form’s topic, when a form sent it (routing rules may use it).' },
    },
    languageField,
    {
      name: 'otherLanguage',
      type: 'text',
      index: true,
      ...system,
      admin: {
        readOnly: true,
        position: 'sidebar',
        description:
          'Written in neither English nor French: the language detected (ISO 639-3). The settings say how the City answers.',
      },
    },
    {
      type: 'collapsible',
      label: { en: 'Contact', fr: 'Coordonnées' },
      fields: [
        { name: 'contactName', type: 'text', maxLength: 120 },
        { name: 'organisation', type: 'text', maxLength: 200 },
        emailAddressField({ index: true }),
        {
          name: 'phone',
          type: 'text',
          validate: (value: unknown) => {
            const text = typeof value === 'string' ? value.trim() : ''
            return !text || isCallbackNumber(text)
              ? true
              : 'Enter a phone number like 519-555-0100.'
          },
        },
        { name: 'postalAddress', type: 'textarea', maxLength: 500 },
      ],
    },
    {
      name: 'department',
      type: 'relationship',
      relationTo: DEPARTMENTS,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'assignee',
      type: 'relationship',
      relationTo: USERS,
      index: true,
      admin: {
        position: 'sidebar',
        description: 'A desk agent or the department’s manager assigns; every change is audited.',
      },
    },
    {
      name: 'state',
      type: 'select',
      required: true,
      defaultValue: 'new',
      options: options(CASE_STATES),
      index: true,
      ...system,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'priority',
      type: 'select',
      required: true,
      defaultValue: 'normal',
      options: options(PRIORITIES),
      index: true,
      admin: {
        position: 'sidebar',
        description: 'Sets the next-reply and resolution targets (Customer service settings).',
      },
    },
    when('receivedAt', 'When the first message arrived (or the call was taken).', true),
    when('responseDueAt', 'The reply the City owes is due by then (business days, Toronto).', true),
    when('firstResponseDueAt'),
    when('firstRespondedAt', undefined, true),
    {
      name: 'standardMet',
      type: 'checkbox',
      ...system,
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'Whether the first reply kept the standard (empty until it is sent).',
      },
    },
    when('lastCustomerMessageAt'),
    when('closedAt'),
    when('acknowledgedAt'),
    when('escalatedAt', 'When the department’s manager was told the reply was late.'),
    when('headEscalatedAt', 'When the desk’s head was told the reply was late.'),
    when('resolutionDueAt', 'The case should be resolved (closed) by then.', true),
    when('resolutionEscalatedAt'),
    when('resolutionHeadEscalatedAt'),
    counter('nextRepliesMet', 'Replies after the customer wrote again, within the target.'),
    counter('nextRepliesMissed', 'Replies after the customer wrote again, after the target.'),
    { name: 'notes', type: 'textarea', admin: { description: 'Internal; never sent.' } },
    {
      type: 'collapsible',
      label: { en: 'Merged and linked', fr: 'Fusions et liens' },
      admin: { initCollapsed: true },
      // Written by the merge, split and link steps (on both sides), never by hand.
      fields: [
        linkField('mergedInto', CORRESPONDENCE, 'This case was merged into that one.'),
        linkField('possibleDuplicateOf', CORRESPONDENCE, 'An open case of the same address.'),
        linkField('linkedCases', CORRESPONDENCE, undefined, true),
        linkField('linkedRequests', SERVICE_REQUESTS, undefined, true),
      ],
    },
    {
      type: 'collapsible',
      label: { en: 'Record', fr: 'Dossier' },
      admin: { initCollapsed: true },
      fields: [
        { name: 'consent', type: 'checkbox', ...system, admin: { readOnly: true } },
        { name: 'consentText', type: 'textarea', ...system, admin: { readOnly: true } },
        { name: 'routedBy', type: 'text', ...system, admin: { readOnly: true } },
        {
          name: 'sponsorInquiry',
          type: 'relationship',
          relationTo: SPONSOR_INQUIRIES,
          ...system,
          admin: { readOnly: true },
        },
        {
          name: 'satisfaction',
          type: 'number',
          min: 1,
          max: 5,
          ...system,
          admin: { readOnly: true },
        },
        { name: 'surveyComment', type: 'textarea', ...system, admin: { readOnly: true } },
        when('surveyAnsweredAt'),
        when('anonymisedAt'),
      ],
    },
  ],
}
