import type { GlobalConfig } from 'payload'

import { CITY_CALENDAR } from '../cms/core/slugs'
import { isSponsorshipApprover, isSponsorshipStaff } from '../cms/access/sponsorship'
import { OPTIONAL_ONTARIO_HOLIDAYS } from '../cms/core/businessDays'

/**
 * Days the City's offices close beyond weekends and Ontario's statutory holidays (which come from
 * the holidays library): the reply-by dates promised to residents and sponsors skip them.
 */
export const CityCalendar: GlobalConfig = {
  slug: CITY_CALENDAR,
  label: { en: 'City calendar', fr: 'Calendrier municipal' },
  admin: {
    group: 'Sponsorship',
    description: 'Closure days. Weekends and Ontario statutory holidays are already counted.',
  },
  access: {
    read: ({ req }) => isSponsorshipStaff(req.user),
    update: ({ req }) => isSponsorshipApprover(req.user),
  },
  fields: [
    {
      name: 'observedOptional',
      label: 'Also closed on',
      type: 'select',
      hasMany: true,
      defaultValue: ['Civic Holiday'],
      options: OPTIONAL_ONTARIO_HOLIDAYS.map((value) => ({ label: value, value })),
    },
    {
      name: 'closures',
      type: 'array',
      labels: {
        singular: { en: 'Closure day', fr: 'Jour de fermeture' },
        plural: { en: 'Closure days', fr: 'Jours de fermeture' },
      },
      fields: [
        {
          name: 'date',
          type: 'date',
          required: true,
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
        },
        { name: 'reason', type: 'text', required: true },
      ],
    },
  ],
}
