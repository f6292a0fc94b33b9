import type { CollectionConfig, Payload } from 'payload'

import { messages } from '../cms/core/text/messages'
import { loadPolicy } from '../cms/sponsorship/policy'
import { slotFigures } from '../cms/sponsorship/slots'
import { tierForValue } from '../cms/sponsorship/core/tiers'
import { contentFields } from './fields/content'
import { contentType } from './fields/contentType'
import { MEDIA, SPONSORSHIP_PACKAGES } from '../cms/core/slugs'

const ASSET_TYPES = ['event', 'program', 'facility', 'publication', 'naming-rights'] as const

export const SponsorshipPackages: CollectionConfig = {
  slug: SPONSORSHIP_PACKAGES,
  labels: {
    singular: { en: 'Sponsorship package', fr: 'Occasion de commandite' },
    plural: { en: 'Sponsorship packages', fr: 'Occasions de commandite' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: [
      'title',
      'tier',
      'assetType',
      'value',
      'totalSlots',
      'deadline',
      'workflowState',
    ],
    group: 'Content',
  },
  ...contentType(SPONSORSHIP_PACKAGES, 'sponsorship package'),
  fields: [
    ...contentFields(),
    {
      name: 'tier',
      type: 'text',
      index: true,
      admin: {
        position: 'sidebar',
        description:
          'From the sponsorship policy. Leave empty to take the tier the value falls in.',
        components: { Field: '/cms/sponsorship/admin/PolicyChoice#TierChoice' },
      },
      hooks: {
        beforeValidate: [
          async ({ value, siblingData, req }) => {
            if (typeof value === 'string' && value.trim()) return value.trim()
            if (typeof siblingData?.value !== 'number') return value
            return (
              tierForValue((await loadPolicy(req.payload)).tiers, siblingData.value)?.key ?? value
            )
          },
        ],
      },
      validate: async (
        value: unknown,
        { req, siblingData }: { req: { payload: Payload }; siblingData: Record<string, unknown> },
      ) => {
        const { tiers } = await loadPolicy(req.payload)
        if (typeof value !== 'string' || !value)
          return `No tier covers a value of $${Number(siblingData.value ?? 0).toLocaleString('en-CA')}. Choose one of: ${tiers.map((t) => t.key).join(', ')}.`
        return tiers.some((tier) => tier.key === value)
          ? true
          : `"${value}" is not a tier in the sponsorship policy. Choose one of: ${tiers.map((t) => t.key).join(', ')}.`
      },
    },
    {
      name: 'assetType',
      type: 'select',
      required: true,
      defaultValue: 'event',
      options: ASSET_TYPES.map((value) => ({ value, label: value.replace('-', ' ') })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'value',
      type: 'number',
      required: true,
      min: 0,
      admin: {
        description: 'Value in Canadian dollars (the lower bound when a range is offered).',
      },
    },
    {
      name: 'valueMax',
      type: 'number',
      min: 0,
      admin: { description: 'Upper bound of a value range, if any.' },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        typeof value === 'number' &&
        typeof siblingData.value === 'number' &&
        value < siblingData.value
          ? 'The upper bound of the range is below the value.'
          : true,
    },
    {
      name: 'totalSlots',
      type: 'number',
      required: true,
      min: 1,
      defaultValue: 1,
      admin: { description: 'How many sponsors this package can take in all.' },
    },
    {
      name: 'slotsTakenElsewhere',
      type: 'number',
      min: 0,
      defaultValue: 0,
      admin: {
        description:
          'Slots already promised outside this system (before it was in use, or by Council). Agreements recorded here take slots by themselves.',
      },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
        if (value == null) return true
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
          return 'Slots taken elsewhere must be a whole number, 0 or more.'
        return typeof siblingData.totalSlots === 'number' && value > siblingData.totalSlots
          ? messages.slotsExceedTotal
          : true
      },
    },
    {
      // Derived on every read from the agreements' slot claims, so it can never drift from them.
      name: 'takenSlots',
      type: 'number',
      virtual: true,
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'Agreements recorded here plus slots taken elsewhere.',
      },
      hooks: {
        afterRead: [
          async ({ siblingData, req }) =>
            (await slotFigures(req.payload, siblingData, req.context))?.taken ?? null,
        ],
      },
    },
    {
      name: 'availableSlots',
      type: 'number',
      virtual: true,
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: '0 means sold out; the site says so at once.',
      },
      hooks: {
        afterRead: [
          async ({ siblingData, req }) =>
            (await slotFigures(req.payload, siblingData, req.context))?.available ?? null,
        ],
      },
    },
    { name: 'deadline', type: 'date', required: true, admin: { position: 'sidebar' } },
    {
      name: 'benefits',
      type: 'array',
      fields: [{ name: 'benefit', type: 'text', required: true, localized: true }],
    },
    {
      name: 'audienceReach',
      type: 'array',
      labels: {
        singular: { en: 'Reach figure', fr: 'Donnée de portée' },
        plural: { en: 'Audience reach', fr: 'Public rejoint' },
      },
      fields: [
        { name: 'channel', type: 'text', required: true, localized: true },
        { name: 'figure', type: 'number', required: true, min: 0 },
        {
          name: 'unit',
          type: 'text',
          localized: true,
          admin: { description: 'e.g. attendees a year' },
        },
      ],
    },
    {
      name: 'policyExclusions',
      type: 'textarea',
      localized: true,
      admin: {
        description: 'Sponsors the City will not accept for this package (tobacco, cannabis, …).',
      },
    },
    {
      name: 'images',
      type: 'upload',
      relationTo: MEDIA,
      hasMany: true,
      admin: { description: 'Each image needs alt text (set on the image).' },
    },
    {
      name: 'currentSponsors',
      type: 'array',
      labels: {
        singular: { en: 'Sponsor', fr: 'Commanditaire' },
        plural: { en: 'Current sponsors', fr: 'Commanditaires actuels' },
      },
      admin: { description: 'Sponsors recognised on the package page.' },
      fields: [
        { name: 'name', type: 'text', required: true },
        {
          name: 'logo',
          type: 'upload',
          relationTo: MEDIA,
          admin: { description: "The logo's alt text should be the sponsor's name." },
        },
        {
          name: 'url',
          type: 'text',
          validate: (value: unknown) =>
            value == null || value === '' || /^https?:\/\/[^\s<>"]+$/i.test(String(value))
              ? true
              : 'Give the full web address, starting with https://.',
        },
      ],
    },
  ],
}
