import type { CollectionConfig } from 'payload'

import type { Actor } from '../cms/access/core/roles'
import { isAdmin, isSponsorshipStaff } from '../cms/access/sponsorship'
import { emailAddressField } from './fields/emailAddress'
import { PIPELINE_STATES } from '../cms/sponsorship/core/pipeline'
import { isCallbackNumber } from '../cms/core/text/phone'
import {
  SPONSOR_INQUIRIES,
  SPONSORSHIP_PACKAGES,
  SPONSORSHIP_SLOTS,
  USERS,
} from '../cms/core/slugs'
import { inquiryEndpoints } from '../cms/sponsorship/inquiryEndpoints'
import {
  guardPublicCreate,
  mailNewInquiry,
  prepareNewInquiry,
} from '../cms/sponsorship/inquiryHooks'
import { languageField } from './fields/language'
import { options } from './fields/options'

const nobody = () => false
const staffRead = ({ req }: { req: { user?: Actor } }) => isSponsorshipStaff(req.user)
/**
 * Written by the hooks and the pipeline service only, never through the API; read by staff only, so
 * the answer to a sponsor's own create carries none of the City's internal working.
 */
const system = { access: { create: nobody, update: nobody, read: staffRead } }
const internal = { access: { read: staffRead, create: staffRead } }
const singleLine = (label: string, max: number) => (value: unknown) => {
  const text = typeof value === 'string' ? value.trim() : ''
  if (!text) return `${label} is required.`
  if (/[\r\n\0]/.test(text)) return `${label} must be on one line.`
  return text.length <= max
    ? true
    : `${label} is too long (${text.length} characters; the limit is ${max}).`
}

/**
 * What sponsors ask through the site. The public may create one (rate-limited, with a honeypot) and
 * can never read any back; coordinators and communications managers answer them; the pipeline state
 * and every date the City promises are set by the system.
 */
export const SponsorInquiries: CollectionConfig = {
  slug: SPONSOR_INQUIRIES,
  labels: {
    singular: { en: 'Sponsor inquiry', fr: 'Demande de commanditaire' },
    plural: { en: 'Sponsor inquiries', fr: 'Demandes de commanditaires' },
  },
  admin: {
    useAsTitle: 'organisation',
    defaultColumns: [
      'organisation',
      'package',
      'state',
      'assignedTo',
      'responseDueAt',
      'createdAt',
    ],
    group: 'Sponsorship',
    listSearchableFields: ['organisation', 'contactName', 'email'],
  },
  access: {
    create: () => true,
    read: ({ req }) => isSponsorshipStaff(req.user),
    update: ({ req }) => isSponsorshipStaff(req.user),
    delete: ({ req }) => isAdmin(req.user),
  },
  hooks: {
    beforeOperation: [guardPublicCreate],
    beforeChange: [prepareNewInquiry],
    afterChange: [mailNewInquiry],
  },
  endpoints: inquiryEndpoints,
  timestamps: true,
  fields: [
    {
      name: 'pipelinePanel',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/cms/sponsorship/admin/InquiryPipeline#InquiryPipeline' },
      },
    },
    {
      name: 'organisation',
      type: 'text',
      required: true,
      index: true,
      validate: singleLine('Organisation', 200),
    },
    {
      name: 'contactName',
      type: 'text',
      required: true,
      validate: singleLine('Contact name', 120),
    },
    emailAddressField({ required: true, index: true }),
    {
      name: 'phone',
      type: 'text',
      validate: (value: unknown) => {
        const text = typeof value === 'string' ? value.trim() : ''
        return !text || isCallbackNumber(text)
          ? true
          : 'Enter a phone number like 519-555-0100, or +44 20 7946 0000 outside North America.'
      },
    },
    {
      name: 'package',
      type: 'relationship',
      relationTo: SPONSORSHIP_PACKAGES,
      index: true,
      admin: { description: 'Empty for a general inquiry.' },
    },
    {
      name: 'message',
      type: 'textarea',
      required: true,
      validate: (value: unknown) => {
        const text = typeof value === 'string' ? value.trim() : ''
        if (!text) return 'Tell us what you would like to sponsor, or ask your question.'
        return text.length <= 5000
          ? true
          : `The message is too long (${text.length} characters; the limit is 5000).`
      },
    },
    {
      name: 'consent',
      type: 'checkbox',
      required: true,
      label: 'Agrees to be contacted about this inquiry',
      validate: (value: unknown) =>
        value === true ? true : 'Tick the box to let the City contact you about your inquiry.',
    },
    languageField,
    // Staff's working fields.
    {
      name: 'assignedTo',
      ...internal,
      type: 'relationship',
      relationTo: USERS,
      index: true,
      admin: {
        position: 'sidebar',
        description: 'Chosen automatically: the coordinator with the fewest open inquiries.',
      },
    },
    {
      name: 'sector',
      ...internal,
      type: 'text',
      admin: {
        description:
          "The sponsor's sector. Record it with the pipeline's screening step, which checks it against the policy.",
        components: { Field: '/cms/sponsorship/admin/PolicyChoice#SectorChoice' },
      },
    },
    {
      name: 'proposedValue',
      ...internal,
      type: 'number',
      min: 0,
      admin: { description: 'Dollars. Empty: the package value.' },
    },
    {
      name: 'notes',
      ...internal,
      type: 'textarea',
      admin: { description: 'Internal notes; never sent to the sponsor.' },
    },
    // System fields.
    {
      name: 'state',
      type: 'select',
      required: true,
      defaultValue: 'new',
      index: true,
      options: options(PIPELINE_STATES),
      ...system,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'reference',
      type: 'text',
      index: true,
      // The sponsor's own create answers with it (nobody reads an inquiry back without signing in).
      access: { create: nobody, update: nobody, read: () => true },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'The customer-service desk’s reference: the same case, clock and report.',
      },
    },
    {
      name: 'responseDueAt',
      type: 'date',
      index: true,
      access: { create: nobody, update: nobody, read: () => true },
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime' },
        description: '3 business days after it arrived, on the City calendar.',
      },
    },
    {
      name: 'respondedAt',
      type: 'date',
      index: true,
      ...system,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'acknowledgedAt',
      type: 'date',
      ...system,
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'coordinatorsNotifiedAt',
      type: 'date',
      ...system,
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'consentText',
      type: 'textarea',
      ...system,
      admin: { readOnly: true, description: 'The wording the sponsor agreed to (CASL).' },
    },
    {
      name: 'screening',
      type: 'group',
      ...system,
      admin: { readOnly: true, condition: (data) => Boolean(data?.screening?.screenedAt) },
      fields: [
        { name: 'sector', type: 'text' },
        { name: 'value', type: 'number' },
        { name: 'excluded', type: 'checkbox' },
        { name: 'needsApproval', type: 'checkbox' },
        { name: 'reasons', type: 'textarea' },
        { name: 'screenedBy', type: 'relationship', relationTo: USERS },
        { name: 'screenedAt', type: 'date' },
      ],
    },
    {
      name: 'approval',
      type: 'group',
      ...system,
      admin: { readOnly: true, condition: (data) => Boolean(data?.approval?.approvedAt) },
      fields: [
        { name: 'sector', type: 'text' },
        { name: 'value', type: 'number' },
        { name: 'approvedBy', type: 'relationship', relationTo: USERS },
        { name: 'approvedAt', type: 'date' },
        { name: 'reason', type: 'textarea' },
      ],
    },
    {
      name: 'slot',
      type: 'relationship',
      relationTo: SPONSORSHIP_SLOTS,
      ...system,
      admin: { readOnly: true, condition: (data) => Boolean(data?.slot) },
    },
    {
      name: 'committedValue',
      type: 'number',
      ...system,
      admin: {
        readOnly: true,
        description: 'Dollars, fixed at agreement.',
        condition: (data) => data?.committedValue != null,
      },
    },
    {
      name: 'agreedAt',
      type: 'date',
      index: true,
      ...system,
      admin: { readOnly: true, condition: (data) => Boolean(data?.agreedAt) },
    },
  ],
}
