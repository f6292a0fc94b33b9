import type { CollectionConfig, Field, GlobalConfig } from 'payload'
import { toWords } from 'payload/shared'

import { FIELD_LABELS_FR } from './fieldLabelsFr'

type Label = { en: string; fr: string }

/**
 * An English label with its French (fieldLabelsFr.ts); the English one when none is written yet.
 */
export const inBothLanguages = (english: string): Label => ({
  en: english,
  fr: FIELD_LABELS_FR[english] ?? english,
})

const bilingual = (label: unknown, name?: string): unknown =>
  typeof label === 'string'
    ? inBothLanguages(label)
    : label === undefined && name
      ? inBothLanguages(toWords(name))
      : label

/** Every field's label (and its nested fields', tabs' and blocks') in English and French. */
const withLabels = (fields: Field[]): Field[] =>
  fields.map((field): Field => {
    if (field.type === 'ui') return field
    const named = 'name' in field ? field.name : undefined
    const labelled = 'label' in field ? { label: bilingual(field.label, named) } : {}
    const next = {
      ...field,
      ...(named && !('label' in field) ? { label: inBothLanguages(toWords(named)) } : labelled),
    } as Field
    if ('fields' in next && Array.isArray(next.fields)) next.fields = withLabels(next.fields)
    if (next.type === 'tabs')
      next.tabs = next.tabs.map((tab) => ({
        ...tab,
        label: bilingual(tab.label) as Label,
        fields: withLabels(tab.fields),
      }))
    if (next.type === 'blocks')
      next.blocks = next.blocks.map((block) => ({ ...block, fields: withLabels(block.fields) }))
    return next
  })

/**
 * A collection or global whose every field label is in both admin languages: the label a field
 * sets, or the one Payload would make from its name, with its French from fieldLabelsFr.ts.
 * Payload's own fields (timestamps, authentication, uploads) come translated already.
 */
export const bilingualLabels = <T extends CollectionConfig | GlobalConfig>(config: T): T => ({
  ...config,
  fields: withLabels(config.fields),
})
