import type { CollectionConfig } from 'payload'

import { messages } from '../cms/messages'
import { contentFields } from './fields/content'
import { contentType } from './fields/contentType'
import { MEDIA, SPONSORSHIP_PACKAGES } from './slugs'

/**
 * Tiers by value, as Ottawa's corporate sponsorship policy names them (Patron $5,000–9,999, Supporter
 * $10,000–34,999, Builder $35,000–74,999, Leader $75,000+). The sponsorship issue makes this table
 * editable; the values stay stable so existing packages keep their tier.
 */
export const SPONSORSHIP_TIERS = [
  { label: 'Patron ($5,000–9,999)', value: 'patron' },
  { label: 'Supporter ($10,000–34,999)', value: 'supporter' },
  { label: 'Builder ($35,000–74,999)', value: 'builder' },
  { label: 'Leader ($75,000 and up)', value: 'leader' },
] as const

export const ASSET_TYPES = ['event', 'program', 'facility', 'publication', 'naming-rights'] as const

export const SponsorshipPackages: CollectionConfig = {
  slug: SPONSORSHIP_PACKAGES,
  labels: { singular: 'Sponsorship package', plural: 'Sponsorship packages' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'tier', 'value', 'availableSlots', 'deadline', 'workflowState'],
    group: 'Content',
  },
  ...contentType(SPONSORSHIP_PACKAGES, 'sponsorship package'),
  fields: [
    ...contentFields(),
    {
      name: 'tier',
      type: 'select',
      required: true,
      options: SPONSORSHIP_TIERS.map((tier) => ({ ...tier })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'assetType',
      type: 'select',
      options: ASSET_TYPES.map((value) => ({ value, label: value.replace('-', ' ') })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'value',
      type: 'number',
      required: true,
      min: 0,
      admin: { description: 'Value in Canadian dollars (the lower bound when a range is offered).' },
    },
    { name: 'valueMax', type: 'number', min: 0, admin: { description: 'Upper bound of a value range, if any.' } },
    {
      name: 'totalSlots',
      type: 'number',
      min: 1,
      admin: { description: 'How many sponsors this package can take in all.' },
    },
    {
      name: 'availableSlots',
      type: 'number',
      required: true,
      min: 0,
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
        const total = siblingData.totalSlots
        if (typeof value === 'number' && typeof total === 'number' && value > total) {
          return messages.slotsExceedTotal
        }
        return typeof value === 'number' && Number.isInteger(value) && value >= 0
          ? true
          : 'Available slots must be a whole number, 0 or more.'
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
      labels: { singular: 'Reach figure', plural: 'Audience reach' },
      fields: [
        { name: 'channel', type: 'text', required: true, localized: true },
        { name: 'figure', type: 'number', required: true, min: 0 },
        { name: 'unit', type: 'text', localized: true, admin: { description: 'e.g. attendees a year' } },
      ],
    },
    {
      name: 'policyExclusions',
      type: 'textarea',
      localized: true,
      admin: { description: 'Sponsors the City will not accept for this package (tobacco, cannabis, …).' },
    },
    { name: 'images', type: 'upload', relationTo: MEDIA, hasMany: true },
  ],
}
