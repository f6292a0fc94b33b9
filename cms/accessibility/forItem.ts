import type { Payload } from 'payload'

import { STYLE_GUIDE, type ContentSlug, MEDIA } from '../core/slugs'
import { DEFAULT_STYLE_RULES } from './core/styleDefaults'
import { type CheckInput, type CheckResult, checkItem, type MediaInfo } from './core/check'
import { findingMessagesIn } from './core/findingMessages'
import type { StyleRule } from './core/rules'
import { relationId } from '../core/relationId'
import { type Language } from '../../site/lib/i18n'
import { fieldsOf } from '../../site/lib/fields'

const idOf = relationId

const bodyUploadIds = (node: unknown, found: unknown[] = []): unknown[] => {
  if (!node || typeof node !== 'object') return found
  const value = node as { type?: unknown; value?: unknown; children?: unknown; root?: unknown }
  if (value.type === 'upload') found.push(idOf(value.value))
  if (value.root) bodyUploadIds(value.root, found)
  if (Array.isArray(value.children)) for (const child of value.children) bodyUploadIds(child, found)
  return found
}

export const styleRules = async (payload: Payload): Promise<StyleRule[]> => {
  const guide = (await payload.findGlobal({
    slug: STYLE_GUIDE,
    overrideAccess: true,
    depth: 0,
  })) as { rules?: StyleRule[] | null }
  return guide.rules?.length ? guide.rules : DEFAULT_STYLE_RULES
}

/**
 * The checker's input for item data as the form or the database holds it (ids or populated
 * uploads).
 */
export const checkData = async (
  payload: Payload,
  collection: ContentSlug,
  data: Record<string, unknown>,
  language: Language,
  /** The staff member's admin language: what the findings are written in. */
  adminLanguage?: string,
): Promise<CheckResult> => {
  const uploadFields = ['coverImage', 'relatedMedia', 'images', 'printEdition'] as const
  const ids = [
    ...bodyUploadIds(data.body),
    ...uploadFields.flatMap((field) =>
      (Array.isArray(data[field])
        ? (data[field] as unknown[])
        : data[field]
          ? [data[field]]
          : []
      ).map(idOf),
    ),
  ].filter((id) => id !== null && id !== undefined)
  const media: Record<string, MediaInfo> = {}
  if (ids.length) {
    const { docs } = await payload.find({
      collection: MEDIA,
      where: { id: { in: ids } },
      pagination: false,
      depth: 0,
      locale: language,
      overrideAccess: true,
    })
    for (const doc of docs)
      media[String(doc.id)] = {
        id: doc.id,
        alt: doc.alt,
        filename: doc.filename,
        mimeType: doc.mimeType,
      }
  }
  const lookup = (value: unknown) => media[String(idOf(value))] ?? null
  const uploads: CheckInput['uploads'] = uploadFields
    .filter((field) => field !== 'printEdition')
    .flatMap((field) =>
      Array.isArray(data[field])
        ? (data[field] as unknown[]).map((v, i) => ({ path: `${field}.${i}`, media: lookup(v) }))
        : data[field]
          ? [{ path: field, media: lookup(data[field]) }]
          : [],
    )
  return checkItem(
    {
      collection,
      language,
      title: data.title as string,
      summary: data.summary as string,
      body: data.body,
      instruction: data.instruction as string,
      msgType: data.msgType as string,
      uploads,
      printEdition: data.printEdition ? lookup(data.printEdition) : null,
      media,
      style: await styleRules(payload),
    },
    findingMessagesIn(adminLanguage),
  )
}

/** Checks the working copy of an item (its latest version) in one language. */
export const checkStoredItem = async (
  payload: Payload,
  collection: ContentSlug,
  id: number | string,
  language: Language = 'en',
  adminLanguage?: string,
) => {
  const doc = await payload.findByID({
    collection,
    id,
    draft: true,
    depth: 0,
    locale: language,
    fallbackLocale: false,
    overrideAccess: true,
    disableErrors: true,
  })
  return doc ? checkData(payload, collection, fieldsOf(doc), language, adminLanguage) : null
}

/**
 * The languages an item has text in: English always, French when its title is written in French.
 */
export const languagesOf = async (
  payload: Payload,
  collection: ContentSlug,
  id: number | string,
): Promise<Language[]> => {
  const french = await payload.findByID({
    collection,
    id,
    draft: true,
    depth: 0,
    locale: 'fr',
    fallbackLocale: false,
    overrideAccess: true,
    disableErrors: true,
    select: { title: true },
  })
  return french?.title ? ['en', 'fr'] : ['en']
}
