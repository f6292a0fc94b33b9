import type { CollectionConfig } from 'payload'

import { anyStaff, isAdmin, isDeskManager } from '../cms/access/desk'
import { DEPARTMENTS, USERS } from '../cms/core/slugs'
import { emailAddressField } from './fields/emailAddress'

/**
 * The City's departments, shared by staff (who sign with theirs), correspondence and service
 * requests (which are routed to one). The name is written in both languages: a reply signs with the
 * one of the customer's language.
 */
export const Departments: CollectionConfig = {
  slug: DEPARTMENTS,
  labels: {
    singular: { en: 'Department', fr: 'Service' },
    plural: { en: 'Departments', fr: 'Services' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'nameFr', 'email', 'manager'],
    group: 'Administration',
  },
  access: {
    read: ({ req }) => anyStaff(req.user),
    create: ({ req }) => isDeskManager(req.user),
    update: ({ req }) => isDeskManager(req.user),
    delete: ({ req }) => isAdmin(req.user),
  },
  timestamps: true,
  fields: [
    {
      name: 'name',
      label: { en: 'Name (English)', fr: 'Nom (anglais)' },
      type: 'text',
      required: true,
      unique: true,
    },
    {
      name: 'nameFr',
      label: { en: 'Name (French)', fr: 'Nom (français)' },
      type: 'text',
      required: true,
    },
    emailAddressField({
      example: 'roads@city.example',
      description: 'The department’s shared mailbox, if it has one.',
    }),
    {
      // An outside agency (the Region, the province's highway ministry, a utility): 311 requests
      // are forwarded to it by email, and its reply by email joins the request's history.
      name: 'external',
      label: { en: 'Outside agency (not the City)', fr: 'Organisme externe (pas la Ville)' },
      type: 'checkbox',
      defaultValue: false,
      validate: (value: unknown, { siblingData }: { siblingData: { email?: string | null } }) =>
        value === true && !siblingData?.email
          ? 'An outside agency needs its email: that is where requests are forwarded.'
          : true,
    },
    {
      name: 'manager',
      type: 'relationship',
      relationTo: USERS,
      admin: { description: 'Assigns its cases and hears about the overdue ones.' },
    },
  ],
}
