import type { CollectionConfig } from 'payload'

import { isAdmin } from '../cms/access/desk'
import { isStaff } from '../cms/access/core/roles'
import { requestsFor } from '../cms/access/requests311'
import {
  ADDRESSES,
  API_CLIENTS,
  CORRESPONDENCE,
  DEPARTMENTS,
  REQUEST_PHOTOS,
  SERVICE_REQUESTS,
  SERVICE_TYPES,
  USERS,
  WARDS,
} from '../cms/core/slugs'
import {
  CLOSING_REASONS,
  REQUEST_CHANNELS,
  REQUEST_STATES,
} from '../cms/servicerequests/core/model'
import { emailAddressField } from './fields/emailAddress'
import { placedUnlessTold } from '../cms/servicerequests/core/placement'
import {
  auditReassignment,
  deleteRequestRecords,
  guardRequestChanges,
  openThroughIntake,
} from '../cms/servicerequests/collectionHooks'
import { requestEndpoints } from '../cms/servicerequests/endpoints'
import { languageField } from './fields/language'
import { options } from './fields/options'

/**
 * 311 service requests. They open only through intake (the form, Open311, email, staff entry: `POST
 * /api/service-requests`) and change state only through `POST /api/service-requests/{id}/status`,
 * so every change is checked, audited and told to followers. The reporter's details are personal
 * information: staff only, never in Open311 or on the status pages.
 */
export const ServiceRequests: CollectionConfig = {
  slug: SERVICE_REQUESTS,
  labels: {
    singular: { en: 'Service request', fr: 'Demande de service' },
    plural: { en: 'Service requests (311)', fr: 'Demandes de service (311)' },
  },
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'service', 'addressLabel', 'state', 'department', 'expectedAt'],
    group: '311',
    listSearchableFields: ['reference', 'addressLabel', 'description'],
  },
  access: {
    read: ({ req }) => requestsFor(req.user),
    // Staff see the admin's Create button; the create goes through intake (the endpoints below).
    create: ({ req }) => isStaff(req.user),
    update: ({ req }) => requestsFor(req.user),
    delete: ({ req }) => isAdmin(req.user),
  },
  endpoints: requestEndpoints,
  hooks: {
    beforeOperation: [openThroughIntake],
    beforeChange: [guardRequestChanges],
    afterChange: [auditReassignment],
    beforeDelete: [deleteRequestRecords],
  },
  timestamps: true,
  // Open311's lists by status or by service, newest first, over a year of requests: one index
  // range each, no sort (bench:year: status=open went from 1.6 s at p95).
  indexes: [{ fields: ['status', 'requestedAt'] }, { fields: ['serviceCode', 'requestedAt'] }],
  fields: [
    {
      name: 'statusPanel',
      type: 'ui',
      admin: { components: { Field: '/cms/servicerequests/admin/RequestStatus#RequestStatus' } },
    },
    { name: 'reference', type: 'text', required: true, unique: true, admin: { readOnly: true } },
    { name: 'service', type: 'relationship', relationTo: SERVICE_TYPES, required: true },
    { name: 'serviceCode', type: 'text', required: true, index: true, admin: { readOnly: true } },
    { name: 'answers', type: 'json', admin: { readOnly: true } },
    { name: 'description', type: 'textarea', maxLength: 5000 },
    {
      // What a resident typed may name people, give a phone number or say more than they meant to
      // publish: Open311 shows it only once staff approve it, as they approve photos.
      name: 'descriptionReview',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      options: [
        { label: { en: 'Not reviewed: private', fr: 'Non révisée : privée' }, value: 'pending' },
        { label: { en: 'Approved: public', fr: 'Approuvée : publique' }, value: 'approved' },
        { label: { en: 'Withheld: private', fr: 'Retenue : privée' }, value: 'withheld' },
      ],
      admin: {
        description: {
          en: 'The description is public (Open311) only once approved.',
          fr: 'La description n’est publique (Open311) qu’une fois approuvée.',
        },
      },
    },
    {
      name: 'photos',
      type: 'join',
      collection: REQUEST_PHOTOS,
      on: 'request',
      admin: {
        description:
          'Private as sent. Open one to approve its resized copy, without location data, for the public.',
      },
    },
    {
      name: 'mediaUrl',
      type: 'text',
      admin: {
        readOnly: true,
        description:
          'A photo address an app sent (Open311 media_url). The City never fetches it; open it yourself if it helps.',
      },
    },
    {
      type: 'collapsible',
      label: { en: 'Location', fr: 'Lieu' },
      fields: [
        { name: 'address', type: 'relationship', relationTo: ADDRESSES },
        { name: 'addressLabel', type: 'text' },
        {
          type: 'row',
          fields: [
            // A call or an email may name no place yet: staff place it later (the map skips it).
            { name: 'lat', type: 'number', index: true, validate: placedUnlessTold },
            { name: 'long', type: 'number', validate: placedUnlessTold },
            { name: 'ward', type: 'relationship', relationTo: WARDS, index: true },
          ],
        },
      ],
    },
    {
      type: 'collapsible',
      label: {
        en: 'Reporter (personal information)',
        fr: 'Personne qui signale (renseignements personnels)',
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'firstName', type: 'text' },
            { name: 'lastName', type: 'text' },
          ],
        },
        {
          type: 'row',
          fields: [
            emailAddressField({ example: 'resident@example.ca' }),
            { name: 'phone', type: 'text' },
            languageField,
          ],
        },
      ],
    },
    {
      name: 'channel',
      type: 'select',
      required: true,
      defaultValue: 'phone',
      options: options(REQUEST_CHANNELS),
      admin: { description: 'How it reached the City: a call, a visit at the counter…' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'state',
          type: 'select',
          required: true,
          defaultValue: 'new',
          index: true,
          options: options(REQUEST_STATES),
          admin: { readOnly: true },
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'open',
          index: true,
          options: options(['open', 'closed']),
          admin: { readOnly: true },
        },
        {
          name: 'closingReason',
          type: 'select',
          options: options(CLOSING_REASONS),
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'statusNotes',
      type: 'textarea',
      admin: { readOnly: true, description: 'Public: shown on the status page and in Open311.' },
    },
    {
      type: 'row',
      fields: [
        { name: 'department', type: 'relationship', relationTo: DEPARTMENTS, index: true },
        { name: 'queue', type: 'text' },
        { name: 'assignee', type: 'relationship', relationTo: USERS, index: true },
      ],
    },
    { name: 'routedBy', type: 'text', admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        {
          name: 'requestedAt',
          type: 'date',
          required: true,
          index: true,
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'expectedAt',
          type: 'date',
          index: true,
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'closedAt',
          type: 'date',
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      // Written by the desk's link step, on both sides (the case lists this request too).
      name: 'linkedCases',
      type: 'relationship',
      relationTo: CORRESPONDENCE,
      hasMany: true,
      access: { create: () => false, update: () => false },
      admin: {
        readOnly: true,
        description: 'Customer-service cases about this request (linked from the case).',
      },
    },
    {
      name: 'mergedInto',
      type: 'relationship',
      relationTo: SERVICE_REQUESTS,
      admin: {
        readOnly: true,
        description: 'Closed as a duplicate of this request; its followers follow that one.',
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'forwardedTo',
          type: 'relationship',
          relationTo: DEPARTMENTS,
          admin: { readOnly: true, description: 'The outside agency it was forwarded to.' },
        },
        { name: 'forwardedAt', type: 'date', index: true, admin: { readOnly: true } },
        { name: 'agencyRepliedAt', type: 'date', admin: { readOnly: true } },
        { name: 'agencyRemindedAt', type: 'date', admin: { readOnly: true } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'reopenCount',
          type: 'number',
          defaultValue: 0,
          min: 0,
          admin: { readOnly: true, description: 'Times a resident said it is still not fixed.' },
        },
        {
          name: 'meTooCount',
          type: 'number',
          defaultValue: 0,
          min: 0,
          admin: { readOnly: true, description: 'Residents who said “me too” (public).' },
        },
        {
          name: 'reopenedFrom',
          type: 'relationship',
          relationTo: SERVICE_REQUESTS,
          admin: {
            readOnly: true,
            description: 'Opened because that request was still not fixed after it closed.',
          },
        },
      ],
    },
    {
      name: 'possibleDuplicateOf',
      type: 'relationship',
      relationTo: SERVICE_REQUESTS,
      admin: {
        readOnly: true,
        description: 'The nearest open report of the same service when this one arrived.',
      },
    },
    {
      type: 'collapsible',
      label: { en: 'The reporter’s survey', fr: 'Le sondage de la personne qui signale' },
      admin: { initCollapsed: true },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'surveyScore',
              label: { en: 'Satisfaction (1–5)', fr: 'Satisfaction (1 à 5)' },
              type: 'number',
              min: 1,
              max: 5,
              admin: { readOnly: true },
            },
            { name: 'surveyAnsweredAt', type: 'date', admin: { readOnly: true } },
          ],
        },
        { name: 'surveyComment', type: 'textarea', admin: { readOnly: true } },
        {
          type: 'row',
          fields: [
            {
              // Four weeks after it closed, the reporter is asked once: "is it still fixed?"
              name: 'stillFixedAskedAt',
              type: 'date',
              index: true,
              admin: { readOnly: true },
            },
            {
              name: 'stillFixed',
              type: 'select',
              options: [
                { label: { en: 'Yes', fr: 'Oui' }, value: 'yes' },
                { label: { en: 'No (reopened)', fr: 'Non (rouverte)' }, value: 'no' },
              ],
              admin: { readOnly: true },
            },
          ],
        },
      ],
    },
    { name: 'apiClient', type: 'relationship', relationTo: API_CLIENTS, admin: { readOnly: true } },
    { name: 'token', type: 'text', index: true, admin: { readOnly: true, hidden: true } },
    {
      name: 'messageId',
      type: 'text',
      index: true,
      admin: {
        readOnly: true,
        hidden: true,
        description: 'The email it came from: a message delivered twice opens one request.',
      },
    },
  ],
}
