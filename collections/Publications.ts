import type { CollectionConfig } from 'payload'

import { audienceField } from './fields/audience'
import { contentFields } from './fields/content'
import { topicsField } from './fields/topics'
import { itemWardsField } from './fields/bulletinWards'
import { contentType } from './fields/contentType'
import { MEDIA, PUBLICATIONS } from '../cms/core/slugs'

const PUBLICATION_KINDS = ['newsletter', 'report', 'guide', 'brochure', 'magazine'] as const

export const Publications: CollectionConfig = {
  slug: PUBLICATIONS,
  labels: {
    singular: { en: 'Publication', fr: 'Publication' },
    plural: { en: 'Publications', fr: 'Publications' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'audience', 'workflowState', 'updatedAt'],
    group: 'Content',
  },
  ...contentType(PUBLICATIONS, 'publication'),
  fields: [
    ...contentFields(),
    audienceField('Public (site, feeds, email)', 'Internal (staff only, never public)'),
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: PUBLICATION_KINDS.map((value) => ({
        value,
        label: value[0]!.toUpperCase() + value.slice(1),
      })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'formats',
      type: 'select',
      hasMany: true,
      options: [
        { label: 'Print', value: 'print' },
        { label: 'Digital', value: 'digital' },
      ],
      defaultValue: ['digital'],
      admin: { position: 'sidebar' },
    },
    { name: 'issueDate', type: 'date', admin: { position: 'sidebar' } },
    {
      name: 'printEdition',
      type: 'upload',
      relationTo: MEDIA,
      filterOptions: { mimeType: { equals: 'application/pdf' } },
      admin: { description: 'The print PDF. The body above is its accessible HTML version.' },
    },
    {
      name: 'coverImage',
      type: 'upload',
      relationTo: MEDIA,
      filterOptions: { mimeType: { contains: 'image/' } },
    },
    topicsField(),
    itemWardsField,
  ],
}
