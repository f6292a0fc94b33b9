import type { CollectionConfig } from 'payload'

import { isCatalogueKeeper } from '../cms/access/requests311'
import { rebuildSiteForCatalogue } from '../cms/servicerequests/collectionHooks'
import { DEPARTMENTS, SERVICE_TYPES } from '../cms/core/slugs'
import { ATTRIBUTE_TYPES } from '../cms/servicerequests/core/model'
import { safetyFields } from './fields/serviceSafety'
import { RESERVED_CODES } from '../cms/servicerequests/core/safety'

/**
 * The 311 catalogue: what residents can report, in both languages, with the questions each report
 * asks (Open311 attributes), the department responsible, the business days to close, and how near
 * and how recent another report must be to count as the same problem. Public: apps and the form
 * read it.
 */
export const ServiceTypes: CollectionConfig = {
  slug: SERVICE_TYPES,
  labels: {
    singular: { en: 'Service type', fr: 'Type de service' },
    plural: { en: 'Service types (311)', fr: 'Types de service (311)' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['code', 'name', 'group', 'department', 'targetDays', 'active'],
    group: '311',
  },
  access: {
    read: () => true,
    create: ({ req }) => isCatalogueKeeper(req.user),
    update: ({ req }) => isCatalogueKeeper(req.user),
    delete: ({ req }) => isCatalogueKeeper(req.user),
  },
  hooks: { afterChange: [rebuildSiteForCatalogue] },
  timestamps: true,
  fields: [
    {
      name: 'code',
      label: { en: 'Open311 service code', fr: 'Code de service Open311' },
      type: 'text',
      required: true,
      unique: true,
      validate: (value: unknown) =>
        typeof value === 'string' && /^[A-Za-z0-9_-]{1,40}$/.test(value)
          ? true
          : 'Use letters, digits, - and _ only (up to 40), like POTHOLE.',
    },
    {
      name: 'name',
      label: { en: 'Name (English)', fr: 'Nom (anglais)' },
      type: 'text',
      required: true,
    },
    {
      name: 'nameFr',
      label: { en: 'Name (French)', fr: 'Nom (français)' },
      type: 'text',
      required: true,
    },
    {
      name: 'description',
      type: 'textarea',
      label: { en: 'Description (English)', fr: 'Description (anglais)' },
    },
    {
      name: 'descriptionFr',
      type: 'textarea',
      label: { en: 'Description (French)', fr: 'Description (français)' },
    },
    { name: 'group', type: 'text', admin: { description: 'Open311 group, like Roads or Waste.' } },
    { name: 'groupFr', type: 'text', label: { en: 'Group (French)', fr: 'Groupe (français)' } },
    {
      name: 'keywords',
      type: 'text',
      admin: { description: 'Words residents use, separated by commas (both languages).' },
    },
    { name: 'department', type: 'relationship', relationTo: DEPARTMENTS, required: true },
    {
      name: 'targetDays',
      label: { en: 'Target to close (business days)', fr: 'Délai cible (jours ouvrables)' },
      type: 'number',
      required: true,
      min: 1,
      max: 365,
      defaultValue: 5,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'duplicateRadiusMetres',
          label: { en: 'Same problem within (metres)', fr: 'Même problème à moins de (mètres)' },
          type: 'number',
          min: 0,
          max: 5000,
          defaultValue: 50,
        },
        {
          name: 'duplicateDays',
          label: { en: 'Same problem within (days)', fr: 'Même problème depuis moins de (jours)' },
          type: 'number',
          min: 0,
          max: 365,
          defaultValue: 30,
        },
      ],
    },
    safetyFields,
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      admin: { description: 'Inactive services are hidden from the form and Open311.' },
    },
    {
      name: 'attributes',
      label: { en: 'Questions (Open311 attributes)', fr: 'Questions (attributs Open311)' },
      type: 'array',
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'code',
              type: 'text',
              required: true,
              validate: (value: unknown) =>
                typeof value !== 'string' || !/^[a-z0-9_]{1,40}$/.test(value)
                  ? 'Use lower-case letters, digits and _ only, like size.'
                  : RESERVED_CODES.includes(value)
                    ? `\`${value}\` is kept for the safety question and notice; choose another code.`
                    : true,
            },
            {
              name: 'datatype',
              type: 'select',
              required: true,
              defaultValue: 'string',
              options: ATTRIBUTE_TYPES.map((value) => ({ label: value, value })),
            },
            { name: 'required', type: 'checkbox', defaultValue: false },
            {
              name: 'variable',
              type: 'checkbox',
              defaultValue: true,
              admin: { description: 'Unticked: information only, not asked.' },
            },
          ],
        },
        {
          name: 'description',
          label: { en: 'Question (English)', fr: 'Question (anglais)' },
          type: 'text',
          required: true,
        },
        {
          name: 'descriptionFr',
          label: { en: 'Question (French)', fr: 'Question (français)' },
          type: 'text',
          required: true,
        },
        { name: 'hint', type: 'text', admin: { description: 'How to answer, shown to apps.' } },
        {
          name: 'values',
          type: 'array',
          admin: { description: 'The choices of a list question.' },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'key', type: 'text', required: true },
                { name: 'name', type: 'text', required: true },
                { name: 'nameFr', type: 'text', required: true },
              ],
            },
          ],
        },
      ],
    },
  ],
}
