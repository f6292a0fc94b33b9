import {
  EMERGENCY_BULLETINS,
  KB_ARTICLES,
  MEDIA_RELEASES,
  PUBLICATIONS,
  SPONSORSHIP_PACKAGES,
} from '../core/slugs'
import { DEFAULT_SECTORS } from '../sponsorship/core/policyDefaults'
import { read311 } from './snapshot311'
import { readWardRequests, withWardsTouched } from './snapshotWards'
import type { SiteMedia, Snapshot } from '../../site/lib/types'
import { DEFAULT_TIERS, type Tier } from '../sponsorship/core/tiers'
import { type Language } from '../../site/lib/i18n'

/** Reads one REST path (under /api) as an anonymous visitor and answers its JSON, or throws. */
export type GetJson = (path: string) => Promise<unknown>

type MediaFile = { source: string; filename: string }

const COMMON = [
  'uid',
  'title',
  'slug',
  'slugFr',
  'summary',
  'body',
  'workflowState',
  'withdrawalReason',
  'withdrawnAt',
  'publishedAt',
  'updatedAt',
  'changeNotes',
]
const FIELDS: Record<string, string[]> = {
  [MEDIA_RELEASES]: [
    ...COMMON,
    'dateline',
    'releaseAt',
    'contacts',
    'quotes',
    'relatedMedia',
    'topics',
    'wards',
  ],
  [PUBLICATIONS]: [
    ...COMMON,
    'kind',
    'formats',
    'issueDate',
    'printEdition',
    'coverImage',
    'topics',
    'wards',
  ],
  [SPONSORSHIP_PACKAGES]: [
    ...COMMON,
    'tier',
    'assetType',
    'value',
    'valueMax',
    'totalSlots',
    'takenSlots',
    'availableSlots',
    'slotsTakenElsewhere',
    'deadline',
    'benefits',
    'audienceReach',
    'policyExclusions',
    'images',
    'currentSponsors',
  ],
  [EMERGENCY_BULLETINS]: [
    ...COMMON,
    'status',
    'msgType',
    'references',
    'category',
    'event',
    'urgency',
    'severity',
    'certainty',
    'effective',
    'onset',
    'expires',
    'headline',
    'instruction',
    'areas',
  ],
  // Never the notes or the phone script: the site reads as the public, and those are staff's
  // fields.
  [KB_ARTICLES]: [...COMMON, 'keywords', 'relatedServices', 'relatedArticles'],
}
const UPLOAD_FIELDS = ['relatedMedia', 'printEdition', 'coverImage', 'images']

/**
 * The fields pages use, uploads populated (depth 1): every item in pages (no `ids`), or the items
 * named. In id order: stable (pages never overlap) and served by the primary key. Lists sort
 * themselves.
 */
const collectionPath = (
  slug: string,
  ids: (string | number)[] | undefined,
  locale: Language,
): string => {
  // French without falling back to English: the site must see which French fields are empty.
  const params = new URLSearchParams({
    depth: '1',
    locale,
    sort: 'id',
    ...(locale === 'fr' ? { 'fallback-locale': 'none' } : {}),
  })
  if (ids) {
    params.set('pagination', 'false')
    params.set('where[id][in]', ids.join(','))
  }
  for (const field of FIELDS[slug] ?? []) params.append(`select[${field}]`, 'true')
  return `/${slug}?${params.toString()}`
}

/** Documents a page: reading 20,000 items never holds the CMS process for more than a moment. */
const PAGE = 1000

/** Every document a list path answers, page by page; an item seen twice (it moved) is kept once. */
const readPaged = async <T extends { id: number | string }>(
  get: GetJson,
  path: string,
): Promise<T[]> => {
  const docs: T[] = []
  const seen = new Set<string>()
  for (let page = 1; ; page += 1) {
    const answer = (await get(`${path}&limit=${PAGE}&page=${page}`)) as {
      docs?: T[]
      hasNextPage?: boolean
    }
    if (!Array.isArray(answer?.docs))
      throw new Error(`The CMS answered ${path} without a docs list.`)
    for (const doc of answer.docs) {
      if (seen.has(String(doc.id))) continue
      seen.add(String(doc.id))
      docs.push(doc)
    }
    if (!answer.hasNextPage) return docs
  }
}

/**
 * Every public item's id and time of last change, newest first: what tells a build what changed.
 */
const stampsPath = (slug: string) => `/${slug}?depth=0&locale=en&sort=id&select[updatedAt]=true`

type Stamp = { id: number | string; updatedAt: string }
const ID_CHUNK = 200

/** The collections large enough that a build re-reads only their changed items. */
type IncrementalSlug = typeof MEDIA_RELEASES | typeof PUBLICATIONS

/** What the build before this one read: its snapshot and the public media's change times. */
export type PreviousRead = { snapshot: Snapshot; mediaStamps: Record<string, string> }

type Doc = Record<string, unknown> & { id: number | string }
const isDoc = (value: unknown): value is Doc =>
  Boolean(value && typeof value === 'object' && 'id' in value)

const fileName = (url: unknown): string | null => {
  if (typeof url !== 'string') return null
  const name = decodeURIComponent(url.split('?')[0]!.split('/').pop() ?? '')
  return /^[\w][\w.\-() ]*$/.test(name) ? name : null
}

/**
 * Collects media: each populated upload becomes a SiteMedia whose URLs point at the site's own copy
 * under /media/, and the file is listed for download. An upload the public may not read arrives as
 * a bare id and is dropped.
 */
const mediaCollector = () => {
  const media: Record<string, SiteMedia> = {}
  const files = new Map<string, MediaFile>()
  const take = (doc: unknown): SiteMedia | null => {
    if (!isDoc(doc)) return null
    const filename = fileName(doc.filename) ?? fileName(doc.url)
    if (!filename || typeof doc.url !== 'string') return null
    files.set(filename, { source: doc.url, filename })
    const sizes: SiteMedia['sizes'] = {}
    for (const [name, size] of Object.entries(
      (doc.sizes ?? {}) as Record<string, Record<string, unknown>>,
    )) {
      const sizeName = fileName(size?.filename)
      if (!sizeName || typeof size.url !== 'string' || !size.width) continue
      files.set(sizeName, { source: size.url, filename: sizeName })
      sizes[name as keyof SiteMedia['sizes']] = {
        url: `/media/${sizeName}`,
        width: Number(size.width),
        height: Number(size.height),
      }
    }
    const item: SiteMedia = {
      id: doc.id,
      url: `/media/${filename}`,
      filename,
      alt: String(doc.alt ?? ''),
      mimeType: String(doc.mimeType ?? ''),
      filesize: Number(doc.filesize ?? 0),
      width: typeof doc.width === 'number' ? doc.width : undefined,
      height: typeof doc.height === 'number' ? doc.height : undefined,
      sizes,
    }
    media[String(doc.id)] = item
    return item
  }
  const walkRichText = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const value = node as { type?: string; value?: unknown; children?: unknown[]; root?: unknown }
    if (value.type === 'upload') take(value.value)
    if (value.root) walkRichText(value.root)
    for (const child of value.children ?? []) walkRichText(child)
  }
  /**
   * The French read of an item: its media only add their French alternative text (and any image
   * only the French body shows); the site takes every other upload from the English read.
   */
  const french = (item: Doc): Doc => {
    const out: Doc = { ...item }
    const noteAlt = (doc: unknown) => {
      if (!isDoc(doc)) return
      const known = media[String(doc.id)]
      if (known) known.altFr = typeof doc.alt === 'string' && doc.alt ? doc.alt : null
      else if (take(doc)) media[String(doc.id)]!.altFr = media[String(doc.id)]!.alt || null
    }
    for (const field of UPLOAD_FIELDS) {
      const value = out[field]
      for (const doc of Array.isArray(value) ? value : [value]) noteAlt(doc)
      delete out[field]
    }
    if (Array.isArray(out.currentSponsors))
      out.currentSponsors = out.currentSponsors.map((sponsor: Record<string, unknown>) => {
        noteAlt(sponsor.logo)
        const { logo: _logo, ...rest } = sponsor
        return rest
      })
    delete out.references
    const walk = (node: unknown) => {
      if (!node || typeof node !== 'object') return
      const value = node as { type?: string; value?: unknown; children?: unknown[]; root?: unknown }
      if (value.type === 'upload') noteAlt(value.value)
      if (value.root) walk(value.root)
      for (const child of value.children ?? []) walk(child)
    }
    walk(out.body)
    return out
  }
  const normalise = (item: Doc): Doc => {
    const out: Doc = { ...item }
    for (const field of UPLOAD_FIELDS) {
      if (!(field in out)) continue
      const value = out[field]
      out[field] = Array.isArray(value) ? value.map(take).filter(Boolean) : take(value)
    }
    if (Array.isArray(out.currentSponsors))
      out.currentSponsors = out.currentSponsors.map((sponsor: Record<string, unknown>) => ({
        ...sponsor,
        logo: take(sponsor.logo),
      }))
    if (Array.isArray(out.references))
      out.references = out.references.map((ref) => (isDoc(ref) ? ref.id : ref))
    walkRichText(out.body)
    return out
  }
  return { media, files, normalise, french }
}

const pickTier = (row: Record<string, unknown>): Tier => ({
  key: String(row.key),
  label: String(row.label),
  min: Number(row.min ?? 0),
  max: typeof row.max === 'number' ? row.max : null,
})

const readStamps = (get: GetJson, slug: string): Promise<Stamp[]> =>
  readPaged<Stamp>(get, stampsPath(slug))

/**
 * Reads what the public site shows, as an anonymous visitor. With the build before's read, the news
 * releases and publications that did not change since (same id and time of change) are taken from
 * it instead of being read and converted again, unless any public media changed (their pages embed
 * it). Everything else is small and read whole.
 */
export const fetchSnapshot = async (
  get: GetJson,
  siteUrl: string,
  cityName: string,
  now = new Date(),
  previous: PreviousRead | null = null,
): Promise<{
  snapshot: Snapshot
  files: MediaFile[]
  mediaStamps: Record<string, string>
  /** Whether unchanged items (and their media files) came from the build before. */
  reused: boolean
}> => {
  const collector = mediaCollector()
  const read = async (slug: string, ids: (string | number)[] | undefined, locale: Language) => {
    const path = collectionPath(slug, ids, locale)
    if (!ids) return (await readPaged<Doc>(get, path)).filter(isDoc)
    const answer = (await get(path)) as { docs?: unknown[] }
    if (!Array.isArray(answer?.docs))
      throw new Error(`The CMS answered ${path} without a docs list.`)
    return answer.docs.filter(isDoc)
  }
  /** Each item in English, with its French version (`fr`) beside it. */
  const load = async (slug: string, ids?: (string | number)[]) => {
    const [english, french] = await Promise.all([read(slug, ids, 'en'), read(slug, ids, 'fr')])
    const frenchById = new Map(french.map((doc) => [String(doc.id), doc]))
    return english.map((doc) => {
      const out = collector.normalise(doc)
      const fr = frenchById.get(String(doc.id))
      out.fr = fr ? collector.french(fr) : null
      return out
    })
  }
  const mediaStamps = Object.fromEntries(
    (await readStamps(get, 'media')).map((m) => [String(m.id), m.updatedAt]),
  )
  const reused =
    previous !== null && JSON.stringify(previous.mediaStamps) === JSON.stringify(mediaStamps)
  const loadChanged = async (slug: IncrementalSlug) => {
    const before = previous?.snapshot[slug === MEDIA_RELEASES ? 'releases' : 'publications']
    if (!reused || !before) return load(slug)
    const cached = new Map<string, Doc>(before.map((doc) => [String(doc.id), doc]))
    const stamps = await readStamps(get, slug)
    const stale = stamps.filter((s) => cached.get(String(s.id))?.updatedAt !== s.updatedAt)
    const staleIds = new Set(stale.map((s) => String(s.id)))
    const fresh = new Map<string, Doc>()
    for (let i = 0; i < stale.length; i += ID_CHUNK)
      for (const doc of await load(
        slug,
        stale.slice(i, i + ID_CHUNK).map((s) => s.id),
      ))
        fresh.set(String(doc.id), doc)
    // In the order the CMS gave (by id); an item that went away meanwhile is skipped.
    return stamps
      .map(
        (s) =>
          fresh.get(String(s.id)) ?? (staleIds.has(String(s.id)) ? null : cached.get(String(s.id))),
      )
      .filter((doc): doc is Doc => Boolean(doc))
  }
  const [releases, publications, packages, bulletinDocs, answers, catalogue311, wardRequests] =
    await Promise.all([
      loadChanged(MEDIA_RELEASES),
      loadChanged(PUBLICATIONS),
      load(SPONSORSHIP_PACKAGES),
      load(EMERGENCY_BULLETINS),
      load(KB_ARTICLES),
      read311(get),
      readWardRequests(get),
    ])
  const bulletins = await withWardsTouched(get, bulletinDocs, catalogue311.wards)
  // The public half of the sponsorship policy: the tier table and the sector list (the threshold
  // and target are staff-only fields, so an anonymous read never carries them).
  const policy = (await get('/globals/sponsorship-policy?depth=0')) as {
    tiers?: unknown[]
    sectors?: unknown[]
    updatedAt?: string
  }
  const assembled = {
    sponsorship: {
      tiers:
        Array.isArray(policy?.tiers) && policy.tiers.length
          ? policy.tiers.map((t) => pickTier(t as Record<string, unknown>))
          : DEFAULT_TIERS,
      excludedSectors: (policy?.updatedAt && Array.isArray(policy.sectors)
        ? (policy.sectors as Record<string, unknown>[])
        : DEFAULT_SECTORS
      )
        .filter((row) => row.excluded === true)
        .map((row) => String(row.name)),
    },
    generatedAt: now.toISOString(),
    siteUrl,
    cityName,
    // Reused items keep the media entries the build before made for them.
    media: reused ? { ...previous!.snapshot.media, ...collector.media } : collector.media,
    releases,
    publications,
    packages,
    bulletins,
    answers,
    services: catalogue311.services,
    wards: catalogue311.wards,
    streets: catalogue311.streets,
    wardRequests: wardRequests.wards,
    requestsAt: wardRequests.at,
  }
  // The snapshot is JSON the anonymous REST API answered (what the public may read), shaped by the
  // picks above; the site contract types it, the build's checks verify its pages.
  // eslint-disable-next-line no-restricted-syntax -- the REST API's JSON (above)
  const snapshot = assembled as unknown as Snapshot
  return { snapshot, files: [...collector.files.values()], mediaStamps, reused }
}
