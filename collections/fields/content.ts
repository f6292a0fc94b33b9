import type { Field } from 'payload'

import { editorFields } from './editors'
import { uidField } from './identity'
import { frenchSlugField, slugField } from './slug'
import { workflowFields } from './workflow'

/**
 * The fields every content type shares: what a resident reads first (title, summary) and the body,
 * all localized so a French version can be added to any item without a schema change; who wrote it;
 * and where it stands in the workflow.
 */
export const contentFields = (): Field[] => [
  {
    name: 'title',
    label: { en: 'Title', fr: 'Titre' },
    type: 'text',
    required: true,
    localized: true,
    maxLength: 200,
  },
  slugField(),
  frenchSlugField(),
  uidField(),
  {
    name: 'summary',
    label: { en: 'Summary', fr: 'Résumé' },
    type: 'textarea',
    required: true,
    localized: true,
    admin: { description: 'One or two plain sentences: shown in listings, feeds and emails.' },
  },
  {
    name: 'body',
    label: { en: 'Body', fr: 'Texte' },
    type: 'richText',
    required: true,
    localized: true,
  },
  ...editorFields(),
  ...workflowFields(),
]
