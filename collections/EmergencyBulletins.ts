import type { CollectionConfig, Field } from 'payload'

import { reachEndpoint } from '../emergency/reach'
import { followUpEndpoint } from '../emergency/followUpEndpoint'
import { currentSettings } from '../cms/settings'
import {
  checkCircle,
  checkExpires,
  checkPolygon,
  checkReferences,
} from '../emergency/core/bulletinRules'
import { CAP_CP_EVENTS, CAP_CP_LOCATION } from '../emergency/core/capCpEvents'
import {
  BULLETIN_MSG_TYPE,
  BULLETIN_STATUS,
  CAP_CATEGORY,
  CAP_CATEGORY_LABELS,
  CAP_CERTAINTY,
  CAP_RESPONSE_TYPE,
  CAP_SEVERITY,
  CAP_URGENCY,
  SOREM_YES_NO,
} from '../emergency/core/capEnums'
import { contentFields } from './fields/content'
import { contentType } from './fields/contentType'
import { EMERGENCY_BULLETINS } from '../cms/core/slugs'
import { wardFields } from './fields/bulletinWards'
import { options } from './fields/options'

type Siblings = {
  siblingData: Record<string, unknown>
  data: Record<string, unknown>
  id?: unknown
}

const capFields: Field[] = [
  {
    name: 'status',
    label: 'CAP status',
    type: 'select',
    // PostgreSQL would name this enum like the drafts' own `_status` enum; a name of its own avoids
    // the clash.
    enumName: 'enum_emergency_bulletins_cap_status',
    required: true,
    defaultValue: 'Actual',
    options: options(BULLETIN_STATUS),
    admin: {
      position: 'sidebar',
      description: 'Exercise and Test messages are not acted on by receivers.',
    },
  },
  {
    name: 'msgType',
    label: 'Message type',
    type: 'select',
    required: true,
    defaultValue: 'Alert',
    options: options(BULLETIN_MSG_TYPE),
    admin: { position: 'sidebar' },
  },
  {
    name: 'references',
    type: 'relationship',
    relationTo: EMERGENCY_BULLETINS,
    hasMany: true,
    admin: {
      position: 'sidebar',
      description: 'For an Update or Cancel: the bulletin(s) it replaces.',
      condition: (data) => data?.msgType === 'Update' || data?.msgType === 'Cancel',
    },
    validate: (value: unknown, { siblingData, id }: Siblings) =>
      checkReferences(value, siblingData.msgType, id),
  },
  {
    name: 'category',
    type: 'select',
    hasMany: true,
    required: true,
    options: CAP_CATEGORY.map((value) => ({ value, label: CAP_CATEGORY_LABELS[value] })),
  },
  {
    name: 'event',
    type: 'text',
    required: true,
    localized: true,
    admin: {
      description: 'What is happening, in a few words: "Boil water advisory", "Extreme heat".',
    },
  },
  {
    name: 'eventCode',
    label: 'CAP-CP event',
    type: 'select',
    options: CAP_CP_EVENTS.map((event) => ({
      value: event.code,
      label: `${event.en} / ${event.fr}`,
    })),
    admin: {
      description:
        'Required before review and publication (the Canadian alerting profile). "Other" when no listed event fits.',
    },
  },
  { name: 'responseType', type: 'select', hasMany: true, options: options(CAP_RESPONSE_TYPE) },
  { name: 'urgency', type: 'select', required: true, options: options(CAP_URGENCY) },
  { name: 'severity', type: 'select', required: true, options: options(CAP_SEVERITY) },
  { name: 'certainty', type: 'select', required: true, options: options(CAP_CERTAINTY) },
  {
    name: 'effective',
    type: 'date',
    admin: {
      position: 'sidebar',
      date: { pickerAppearance: 'dayAndTime' },
      description: 'Empty: when sent.',
    },
  },
  {
    name: 'onset',
    type: 'date',
    admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'expires',
    type: 'date',
    required: true,
    admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    validate: (value: unknown, { siblingData }: Siblings) =>
      checkExpires(value, siblingData.effective),
  },
  {
    name: 'headline',
    type: 'text',
    localized: true,
    maxLength: 160,
    admin: {
      description:
        'Short and direct (CAP suggests under 160 characters). Empty: the title is used.',
    },
  },
  {
    name: 'instruction',
    type: 'textarea',
    localized: true,
    admin: {
      description:
        'What residents should do, in plain words: "Boil tap water for one minute before use."',
    },
  },
  {
    name: 'areas',
    type: 'array',
    required: true,
    minRows: 1,
    labels: {
      singular: { en: 'Area', fr: 'Secteur' },
      plural: { en: 'Areas', fr: 'Secteurs' },
    },
    fields: [
      {
        name: 'areaDesc',
        label: 'Area description',
        type: 'text',
        required: true,
        localized: true,
      },
      {
        name: 'polygons',
        type: 'array',
        fields: [
          {
            name: 'polygon',
            type: 'textarea',
            required: true,
            validate: checkPolygon,
            admin: {
              description: '"lat,lon lat,lon …", at least 4 points, the first repeated at the end.',
            },
          },
        ],
      },
      {
        name: 'circles',
        type: 'array',
        fields: [
          {
            name: 'circle',
            type: 'text',
            required: true,
            validate: checkCircle,
            admin: { description: '"lat,lon radius" with the radius in kilometres.' },
          },
        ],
      },
      ...wardFields,
      {
        name: 'geocodes',
        type: 'array',
        // A new area starts with the City's own census subdivision: CAP-CP needs at least one
        // geocode per area.
        defaultValue: () => [
          {
            valueName: CAP_CP_LOCATION,
            value: currentSettings().citySgcCode,
          },
        ],
        admin: {
          description:
            "At least one (Canadian alerting profile): the Statistics Canada code of the place. The City's own is filled in.",
        },
        fields: [
          { name: 'valueName', type: 'text', required: true, defaultValue: CAP_CP_LOCATION },
          {
            name: 'value',
            type: 'text',
            required: true,
            admin: {
              description:
                'SGC code: 2 (province), 4 (census division) or 7 digits (census subdivision), e.g. 3537039',
            },
          },
        ],
      },
    ],
  },
  {
    type: 'collapsible',
    label: 'Broadcast intrusion (CAP-CP SOREM layer)',
    admin: { initCollapsed: true },
    fields: [
      {
        name: 'broadcastImmediately',
        type: 'select',
        defaultValue: 'No',
        options: options(SOREM_YES_NO),
        admin: { description: 'Interrupt radio and TV. Municipal bulletins say No.' },
      },
      {
        name: 'wirelessImmediate',
        type: 'select',
        defaultValue: 'No',
        options: options(SOREM_YES_NO),
        admin: { description: 'Wake phones (Alert Ready). Municipal bulletins say No.' },
      },
    ],
  },
]

const base = contentType(EMERGENCY_BULLETINS, 'emergency bulletin')

export const EmergencyBulletins: CollectionConfig = {
  slug: EMERGENCY_BULLETINS,
  labels: {
    singular: { en: 'Emergency bulletin', fr: 'Bulletin d’urgence' },
    plural: { en: 'Emergency bulletins', fr: 'Bulletins d’urgence' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'msgType', 'severity', 'expires', 'workflowState'],
    group: 'Content',
  },
  ...base,
  endpoints: [...(base.endpoints || []), followUpEndpoint, reachEndpoint],
  fields: [
    {
      name: 'bulletinTools',
      type: 'ui',
      admin: { components: { Field: '/emergency/admin/BulletinTools#BulletinTools' } },
    },
    ...contentFields(),
    ...capFields,
    {
      name: 'bulletinPreview',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/emergency/admin/BulletinPreview#BulletinPreview' },
      },
    },
    {
      name: 'bulletinReach',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/emergency/admin/BulletinReach#BulletinReach' },
      },
    },
  ],
}
