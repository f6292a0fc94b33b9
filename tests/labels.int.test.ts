import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import config from '@payload-config'
import { FIELD_LABELS_FR } from '../cms/i18n/fieldLabelsFr'

/**
 * The admin speaks the staff member's language: every collection, global and field the project
 * defines is labelled in English and in French (Payload translates the fields it adds itself:
 * timestamps, sign-in, uploads, whose labels are functions of its translations).
 */
type Found = { where: string; label: unknown }

/**
 * Fields Payload and its storage plugin add to an upload collection or a signed-in user after the
 * config is written (so no label of ours reaches them): shown read-only, named by Payload.
 */
const ADDED_BY_PAYLOAD = new Set([
  'sessions',
  'prefix',
  '_objectKey',
  'url',
  'thumbnailURL',
  'mimeType',
  'focalX',
  'focalY',
  'sizes',
])

const labelsOf = (fields: Field[], where: string, found: Found[] = []): Found[] => {
  for (const field of fields) {
    if (field.type === 'ui') continue
    const name = 'name' in field ? field.name : null
    if (name && ADDED_BY_PAYLOAD.has(name)) continue
    const admin = 'admin' in field ? (field.admin as { hidden?: boolean; disabled?: boolean }) : {}
    const shown = !('hidden' in field && field.hidden) && !admin?.hidden && !admin?.disabled
    if (name && shown)
      found.push({ where: `${where}.${name}`, label: 'label' in field ? field.label : undefined })
    if ('fields' in field && Array.isArray(field.fields))
      labelsOf(field.fields, `${where}.${name ?? field.type}`, found)
    if (field.type === 'tabs')
      for (const tab of field.tabs) {
        found.push({ where: `${where} tab`, label: tab.label })
        labelsOf(tab.fields, where, found)
      }
    if (field.type === 'blocks')
      for (const block of field.blocks) labelsOf(block.fields, `${where}.${block.slug}`, found)
  }
  return found
}

const isBilingual = (label: unknown) =>
  typeof label === 'function' ||
  label === false ||
  (typeof label === 'object' &&
    label !== null &&
    typeof (label as { en?: unknown }).en === 'string' &&
    typeof (label as { fr?: unknown }).fr === 'string')

describe('labels in both admin languages', async () => {
  const sanitized = await config
  const ours = [...sanitized.collections, ...sanitized.globals].filter(
    (entity) => !entity.slug.startsWith('payload-'),
  )

  it('every collection and global is named in English and French', () => {
    const named = ours.map((entity) => ({
      slug: entity.slug,
      label: 'labels' in entity ? entity.labels.singular : entity.label,
    }))
    expect(named.filter((entity) => !isBilingual(entity.label))).toEqual([])
  })

  it('every field is labelled in English and French', () => {
    const found = ours.flatMap((entity) => labelsOf(entity.fields, entity.slug))
    expect(found.length).toBeGreaterThan(500)
    expect(found.filter((f) => !isBilingual(f.label))).toEqual([])
  })

  it('every English label has its French (cms/i18n/fieldLabelsFr.ts)', () => {
    const english = new Set(
      ours
        .flatMap((entity) => labelsOf(entity.fields, entity.slug))
        .flatMap(({ label }) =>
          typeof label === 'object' && label !== null && 'en' in label ? [String(label.en)] : [],
        ),
    )
    const written = (label: string) =>
      FIELD_LABELS_FR[label] !== undefined ||
      // Labels a field gives in both languages itself (not from the shared list).
      ours.some((entity) =>
        JSON.stringify(entity.fields).includes(`"en":${JSON.stringify(label)},"fr"`),
      )
    expect([...english].filter((label) => !written(label))).toEqual([])
  })
})
