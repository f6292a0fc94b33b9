import type { CollectionConfig } from 'payload'

import { contactsField } from './fields/contacts'
import { contentFields } from './fields/content'
import { topicsField } from './fields/topics'
import { itemWardsField } from './fields/bulletinWards'
import { contentType } from './fields/contentType'
import { MEDIA, MEDIA_RELEASES } from '../cms/core/slugs'

export const MediaReleases: CollectionConfig = {
  slug: MEDIA_RELEASES,
  labels: {
    singular: { en: 'Media release', fr: 'Communiqué' },
    plural: { en: 'Media releases', fr: 'Communiqués' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'releaseAt', 'workflowState', 'updatedAt'],
    group: 'Content',
  },
  ...contentType(MEDIA_RELEASES, 'media release'),
  fields: [
    ...contentFields(),
    {
      name: 'dateline',
      type: 'text',
      localized: true,
      admin: { description: 'Where the news comes from, e.g. "RIVERTON, ON".' },
    },
    {
      name: 'releaseAt',
      type: 'date',
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'embargoUntil',
      type: 'date',
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: 'Not for publication before this time.',
      },
    },
    contactsField(),
    {
      name: 'quotes',
      type: 'array',
      fields: [
        { name: 'quote', type: 'textarea', required: true, localized: true },
        { name: 'attribution', type: 'text', required: true },
        { name: 'attributionRole', type: 'text', localized: true },
      ],
    },
    { name: 'relatedMedia', type: 'upload', relationTo: MEDIA, hasMany: true },
    topicsField(),
    itemWardsField,
  ],
}
