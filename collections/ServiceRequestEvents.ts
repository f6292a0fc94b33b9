import type { CollectionConfig } from 'payload'

import { isAdmin } from '../cms/access/desk'
import { isStaff } from '../cms/access/core/roles'
import { SERVICE_REQUEST_EVENTS, SERVICE_REQUESTS, USERS } from '../cms/core/slugs'
import { REQUEST_EVENT_ACTIONS, REQUEST_STATES } from '../cms/servicerequests/core/model'

/**
 * A request's history: opened, each status change with its public notes, assignments, merges,
 * residents' comments (an app's Open311 update) and reopenings ("still not fixed"). The
 * public status page shows the `public` entries' state and notes; `details` stay with staff.
 * Written by the services only, never edited.
 */
export const ServiceRequestEvents: CollectionConfig = {
  slug: SERVICE_REQUEST_EVENTS,
  labels: {
    singular: { en: 'Request event', fr: 'Événement de demande' },
    plural: { en: 'Request history (311)', fr: 'Historique des demandes (311)' },
  },
  admin: { defaultColumns: ['request', 'at', 'action', 'state', 'actorName'], group: '311' },
  access: {
    read: ({ req }) => isStaff(req.user),
    create: () => false,
    update: () => false,
    delete: ({ req }) => isAdmin(req.user),
  },
  timestamps: true,
  fields: [
    {
      name: 'request',
      type: 'relationship',
      relationTo: SERVICE_REQUESTS,
      required: true,
      index: true,
    },
    { name: 'at', type: 'date', required: true, index: true },
    {
      name: 'action',
      type: 'select',
      required: true,
      options: REQUEST_EVENT_ACTIONS.map((value) => ({ label: value, value })),
    },
    {
      name: 'state',
      type: 'select',
      options: REQUEST_STATES.map((value) => ({ label: value, value })),
    },
    { name: 'notes', type: 'textarea', admin: { description: 'Public.' } },
    { name: 'public', type: 'checkbox', defaultValue: false },
    { name: 'actor', type: 'relationship', relationTo: USERS },
    { name: 'actorName', type: 'text' },
    { name: 'details', type: 'textarea' },
    {
      name: 'mediaUrl',
      type: 'text',
      admin: {
        description: 'A photo address a comment came with (Open311 media_url): not fetched.',
      },
    },
    {
      // An app's own id for a comment it posted: the same comment posted again is stored once.
      name: 'externalId',
      type: 'text',
      index: true,
      admin: { readOnly: true },
    },
  ],
}
