import type { DataFromCollectionSlug, Payload, RequiredDataFromCollectionSlug } from 'payload'

import { demoAddresses, demoWards } from '../addresses/core/demoCity'
import { importAddresses, importWards } from '../addresses/importRegister'
import {
  type ContentSlug,
  DEPARTMENTS,
  KB_ARTICLES,
  MEDIA_RELEASES,
  SERVICE_TYPES,
  STATUS_TEMPLATES,
  DESK_MACROS,
  USERS,
  WARDS,
} from '../core/slugs'
import { fieldsOf } from '../../site/lib/fields'
import { richText } from '../core/text/lexical'
import { demoContent } from './demoContent'
import { demoFrench } from './demoFrench'
import { DEMO_ARTICLES } from './demoArticles'
import { DEMO_SERVICES } from './demoServices'
import { DEMO_MACROS } from './demoMacros'
import { DEMO_STATUS_TEMPLATES } from './demoStatusTemplates'
import { DEMO_DEPARTMENTS, DEMO_PASSWORD, DEMO_USERS } from './demoUsers'

type SeedReport = { usersCreated: number; itemsCreated: number; volumeCreated: number }
type Log = (line: string) => void

/**
 * Seeds run as the system: no user, access overridden, and hooks told it is a seed. A function, so
 * each call gets its own context object (Payload keeps per-operation state in it).
 */
const system = () => ({ overrideAccess: true, context: { seed: true } }) as const

const exists = async (payload: Payload, collection: string, field: string, value: string) =>
  (
    await payload.count({
      collection: collection as typeof USERS,
      where: { [field]: { equals: value } },
      ...system(),
    })
  ).totalDocs > 0

/** The demo departments, created once each; answers their ids by English name. */
export const seedDemoDepartments = async (payload: Payload) => {
  const ids = new Map<string, number | string>()
  for (const department of DEMO_DEPARTMENTS) {
    const found = await payload.find({
      collection: DEPARTMENTS,
      where: { name: { equals: department.name } },
      limit: 1,
      depth: 0,
      ...system(),
    })
    const doc =
      found.docs[0] ??
      (await payload.create({ collection: DEPARTMENTS, data: department, ...system() }))
    ids.set(department.name, doc.id)
  }
  return ids
}

export const seedDemoUsers = async (payload: Payload): Promise<number> => {
  const departments = await seedDemoDepartments(payload)
  let created = 0
  for (const user of DEMO_USERS) {
    if (await exists(payload, USERS, 'email', user.email)) continue
    await payload.create({
      collection: USERS,
      data: {
        ...user,
        department: departments.get(user.department) as number,
        password: DEMO_PASSWORD,
      },
      ...system(),
    })
    created += 1
  }
  return created
}

/** Adds an item's French text (array rows by position, keeping their other fields). */
const addFrench = async (
  payload: Payload,
  collection: ContentSlug,
  doc: DataFromCollectionSlug<ContentSlug>,
  french: Record<string, unknown>,
) => {
  const data: Record<string, unknown> = { ...french }
  const stored = fieldsOf(doc)
  for (const [field, rows] of Object.entries(french)) {
    const english = stored[field]
    if (!Array.isArray(rows) || !Array.isArray(english)) continue
    data[field] = (english as Record<string, unknown>[]).map((row, index) => ({
      ...row,
      ...(rows[index] as Record<string, unknown> | undefined),
    }))
  }
  await payload.update({
    collection,
    id: doc.id,
    locale: 'fr',
    data: data as Partial<DataFromCollectionSlug<ContentSlug>>,
    draft: doc._status !== 'published',
    ...system(),
  })
}

const seedDemoContent = async (payload: Payload, now = new Date()): Promise<number> => {
  const content = demoContent(now)
  let created = 0
  for (const collection of Object.keys(content) as (keyof typeof content)[]) {
    for (const item of content[collection]) {
      if (await exists(payload, collection, 'slug', item.slug)) continue
      const firstPublished = item._status === 'published' ? { publishedAt: now.toISOString() } : {}
      // The demo items are written `as const` (deeply readonly), which Payload's document types
      // refuse.
      const data = { ...firstPublished, ...item } as RequiredDataFromCollectionSlug<ContentSlug>
      const doc =
        item._status === 'draft'
          ? await payload.create({ collection, data, draft: true, ...system() })
          : await payload.create({ collection, data, ...system() })
      const french = demoFrench[item.slug]
      if (french) await addFrench(payload, collection, doc, french)
      created += 1
    }
  }
  return created
}

/** Volume data for benchmarks and load: N published media releases, created only once each. */
export const seedVolume = async (payload: Payload, count: number, log: Log): Promise<number> => {
  const prefix = 'volume-release-'
  const { totalDocs } = await payload.count({
    collection: MEDIA_RELEASES,
    where: { slug: { like: prefix } },
    ...system(),
  })
  let created = 0
  for (let n = totalDocs + 1; n <= count; n += 1) {
    const slug = `${prefix}${String(n).padStart(5, '0')}`
    await payload.create({
      collection: MEDIA_RELEASES,
      data: {
        _status: 'published',
        workflowState: 'published',
        publishedAt: new Date(Date.now() - n * 60_000).toISOString(),
        title: `Volume release ${n}`,
        slug,
        summary: `Generated release number ${n} for load and benchmark runs.`,
        body: richText({ paragraph: `This is generated release ${n}.` }),
        releaseAt: new Date(Date.now() - n * 60_000).toISOString(),
      },
      ...system(),
    })
    created += 1
    if (created % 100 === 0) log(`  volume: ${totalDocs + created}/${count} media releases`)
  }
  return created
}

/** The demo's status templates, each once by name, for its service when it names one. */
const seedStatusTemplates = async (payload: Payload) => {
  for (const { serviceCode, ...template } of DEMO_STATUS_TEMPLATES) {
    if (await exists(payload, STATUS_TEMPLATES, 'name', template.name)) continue
    const service = serviceCode
      ? (
          await payload.find({
            collection: SERVICE_TYPES,
            where: { code: { equals: serviceCode } },
            limit: 1,
            depth: 0,
            ...system(),
          })
        ).docs[0]
      : undefined
    await payload.create({
      collection: STATUS_TEMPLATES,
      data: { ...template, ...(service ? { service: service.id } : {}) },
      ...system(),
    })
  }
}

/** The demo desk's saved replies, each once by name. */
export const seedDemoMacros = async (payload: Payload) => {
  const departments = await seedDemoDepartments(payload)
  for (const { department, ...macro } of DEMO_MACROS) {
    if (await exists(payload, DESK_MACROS, 'name', macro.name)) continue
    await payload.create({
      collection: DESK_MACROS,
      data: {
        ...macro,
        department: department ? (departments.get(department) as number) : null,
      },
      ...system(),
    })
  }
}

/**
 * The demo 311: the catalogue (each service once, by code) and, when the City has no wards yet, the
 * fictional Maple Bay's wards and address register.
 */
export const seedDemo311 = async (payload: Payload, addressCount = DEMO_ADDRESS_COUNT) => {
  const departments = await seedDemoDepartments(payload)
  let services = 0
  for (const { department, ...service } of DEMO_SERVICES) {
    if (await exists(payload, SERVICE_TYPES, 'code', service.code)) continue
    await payload.create({
      collection: SERVICE_TYPES,
      data: { ...service, department: departments.get(department) as number },
      ...system(),
    })
    services += 1
  }
  await seedStatusTemplates(payload)
  const { totalDocs: wards } = await payload.count({ collection: WARDS, ...system() })
  if (wards > 0) return { services, addresses: 0 }
  await importWards(payload, demoWards(), { seed: true })
  const { inserted } = await importAddresses(payload, demoAddresses(addressCount))
  return { services, addresses: inserted }
}

/**
 * The demo knowledge base, published (with its French), each article once by slug: its services by
 * code and its owner by department name, reviewed a year from now (a few already past, to show the
 * flag).
 */
export const seedDemoArticles = async (payload: Payload, now = new Date()) => {
  const departments = await seedDemoDepartments(payload)
  const services = new Map(
    (
      await payload.find({ collection: SERVICE_TYPES, pagination: false, depth: 0, ...system() })
    ).docs.map((s) => [s.code, s.id]),
  )
  let created = 0
  for (const [index, article] of DEMO_ARTICLES.entries()) {
    if (await exists(payload, KB_ARTICLES, 'slug', article.slug)) continue
    const reviewBy = new Date(now.getTime() + (index % 12 === 5 ? -30 : 365) * 86_400_000)
    const doc = await payload.create({
      collection: KB_ARTICLES,
      data: {
        _status: 'published',
        workflowState: 'published',
        publishedAt: now.toISOString(),
        title: article.en.title,
        slug: article.slug,
        slugFr: article.slugFr,
        summary: article.en.summary,
        body: richText({ paragraph: article.en.body }),
        keywords: article.en.keywords,
        internalNotes: article.internalNotes,
        phoneScript: article.phoneScript,
        audience: article.audience,
        department: (departments.get(article.department) as number | undefined) ?? null,
        relatedServices: article.services
          .map((code) => services.get(code) as number | undefined)
          .filter((id): id is number => id !== undefined),
        reviewBy: reviewBy.toISOString(),
      },
      ...system(),
    })
    await payload.update({
      collection: KB_ARTICLES,
      id: doc.id,
      locale: 'fr',
      data: {
        title: article.fr.title,
        summary: article.fr.summary,
        body: richText({ paragraph: article.fr.body }),
        keywords: article.fr.keywords,
        phoneScript: article.phoneScriptFr,
        internalNotes: article.internalNotes,
      },
      ...system(),
    })
    created += 1
  }
  return created
}

/** Enough streets and numbers to try the form; benchmarks load more with import:addresses. */
const DEMO_ADDRESS_COUNT = 3000

export const seed = async (
  payload: Payload,
  options: { demo: boolean; count?: number; log: Log },
): Promise<SeedReport> => {
  const usersCreated = options.demo ? await seedDemoUsers(payload) : 0
  const itemsCreated = options.demo ? await seedDemoContent(payload) : 0
  if (options.demo) await seedDemo311(payload)
  if (options.demo) await seedDemoArticles(payload)
  if (options.demo) await seedDemoMacros(payload)
  const volumeCreated = options.count ? await seedVolume(payload, options.count, options.log) : 0
  return { usersCreated, itemsCreated, volumeCreated }
}
