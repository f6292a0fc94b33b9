import type { ListSection } from './sections'

/**
 * The snapshot a site build reads: every public item, fetched once from the CMS REST API as an
 * anonymous visitor (so only what the public may see), with media URLs rewritten to the site's
 * copies.
 */
export type SiteImageSize = { url: string; width: number; height: number }
export type SiteMedia = {
  id: number | string
  url: string
  filename: string
  alt: string
  /** The French alternative text, when there is one. */
  altFr?: string | null
  mimeType: string
  filesize: number
  width?: number
  height?: number
  sizes: Partial<Record<'thumbnail' | 'card' | 'hero', SiteImageSize>>
}

export type Lifecycle = {
  id: number | string
  /**
   * Permanent identity (feed GUIDs, CAP identifiers); items made before it existed have their id
   * here.
   */
  uid?: string | null
  slug: string
  /** The French page's address segment (from the French title unless an editor set one). */
  slugFr?: string | null
  title: string
  summary: string
  body: unknown
  workflowState: string
  withdrawalReason?: string | null
  withdrawnAt?: string | null
  publishedAt?: string | null
  updatedAt: string
  /** What changed since first publication, oldest first (a page shows them as "Updated"). */
  changeNotes?: { note: string; noteFr?: string | null; at: string }[] | null
  /**
   * The item's French version as the CMS holds it, without falling back to English: a field with no
   * French text is empty here (site/lib/i18n/translation.ts decides what a French page shows).
   */
  fr?: Record<string, unknown> | null
  /** The wards a release or publication was written for (their pages list it); none: the city. */
  wards?: (number | string)[] | null
}

export type Release = Lifecycle & {
  dateline?: string | null
  releaseAt?: string | null
  contacts?: {
    name: string
    role?: string | null
    department?: string | null
    email?: string | null
    phone?: string | null
  }[]
  quotes?: { quote: string; attribution: string; attributionRole?: string | null }[]
  relatedMedia?: SiteMedia[]
  topics?: string[]
}

export type Publication = Lifecycle & {
  kind: string
  formats?: string[]
  issueDate?: string | null
  printEdition?: SiteMedia | null
  coverImage?: SiteMedia | null
  topics?: string[]
}

export type SponsorshipPackage = Lifecycle & {
  tier: string
  assetType?: string | null
  value: number
  valueMax?: number | null
  totalSlots?: number | null
  takenSlots?: number | null
  availableSlots: number
  deadline: string
  benefits?: { benefit: string }[]
  audienceReach?: { channel: string; figure: number; unit?: string | null }[]
  policyExclusions?: string | null
  images?: SiteMedia[]
  currentSponsors?: { name: string; logo?: SiteMedia | null; url?: string | null }[]
}

export type Tier = { key: string; label: string; min: number; max?: number | null }

export type Bulletin = Lifecycle & {
  status: string
  msgType: string
  references?: (number | string)[]
  category: string[]
  event: string
  urgency: string
  severity: string
  certainty: string
  effective?: string | null
  onset?: string | null
  expires: string
  headline?: string | null
  instruction?: string | null
  areas: { areaDesc: string }[]
  /**
   * The wards the alert's areas touch (named, or sharing ground with a polygon or circle), worked
   * out when the snapshot is taken; null or absent for an alert that covers the whole city.
   */
  touchesWards?: number[] | null
}

/** A question a 311 service asks (an Open311 attribute), as the report form shows it. */
export type ServiceQuestion = {
  code: string
  datatype: 'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist' | 'multivaluelist'
  required: boolean
  description: string
  descriptionFr: string
  hint?: string | null
  values: { key: string; name: string; nameFr: string }[]
}

/** A 311 service residents can report, from the public catalogue. */
export type SiteService = {
  code: string
  name: string
  nameFr: string
  description: string
  descriptionFr: string
  group: string
  groupFr: string
  /** What a resident should know before reporting ('' when none). */
  notice?: string
  noticeFr?: string
  /** What to do instead when the safety question (`danger`, first of the questions) is "yes". */
  safetyInstruction?: { en: string; fr: string } | null
  questions: ServiceQuestion[]
}

/** A street of the address register as lines of [longitude, latitude], drawn on the maps. */
export type SiteStreet = { street: string; lines: [number, number][][] }

/** A ward's outline ([longitude, latitude] rings), for the report form's map. */
export type SiteWard = {
  number: number
  name: string
  nameFr: string
  geometry:
    | { type: 'Polygon'; coordinates: number[][][] }
    | { type: 'MultiPolygon'; coordinates: number[][][][] }
}

/**
 * A public knowledge-base answer: the question (title), the short answer (summary), the full one.
 */
export type Answer = Lifecycle & {
  keywords?: string | null
  /**
   * The 311 services it answers for, as the catalogue holds them (their report forms link here).
   */
  relatedServices?: (SiteService | number | string)[] | null
  /** Other public answers (an internal one is left as a bare id, which pages skip). */
  relatedArticles?: (Answer | number | string)[] | null
}

/** A 311 request as a ward's page lists it: public fields only, nothing about who reported. */
export type WardRequest = {
  reference: string
  serviceCode: string
  address: string | null
  requestedAt: string
  closedAt: string | null
}

/** A ward's open and recently fixed 311 requests: the counts, and the newest of each. */
export type WardRequests = {
  ward: number
  open: { count: number; newest: WardRequest[] }
  fixed: { count: number; newest: WardRequest[] }
}

export type Snapshot = {
  generatedAt: string
  siteUrl: string
  /** The City's name as residents read it (CITY_NAME in the CMS's settings). */
  cityName: string
  /** Every public media file the items use (uploads and images inside rich text), by id. */
  media: Record<string, SiteMedia>
  releases: Release[]
  publications: Publication[]
  packages: SponsorshipPackage[]
  bulletins: Bulletin[]
  /** The public half of the sponsorship policy global. */
  sponsorship: { tiers: Tier[]; excludedSectors: string[] }
  /** Public knowledge-base answers; absent in snapshots from before the knowledge base. */
  answers?: Answer[]
  /** The 311 catalogue (active services) and the wards; absent in snapshots from before 311. */
  services?: SiteService[]
  wards?: SiteWard[]
  /** The register's streets, drawn under the wards; absent in snapshots from before the app. */
  streets?: SiteStreet[]
  /** Each ward's 311 requests, as of `requestsAt`; absent in snapshots from before ward pages. */
  wardRequests?: WardRequests[]
  requestsAt?: string
  /**
   * An incremental build renders only these item pages (by slug) and these sections' listing
   * pages; the others are the build before's. Absent: every page is rendered.
   */
  render?: {
    releases: string[]
    publications: string[]
    sections?: ListSection[]
    /** The archive pages rendered, by number, when the section is (the others are reused). */
    archives?: { news: number[] }
  }
}
