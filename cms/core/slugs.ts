/**
 * Collection slugs: the one place they are spelled. Collections, site loaders, feeds and tests
 * import these constants so a rename is a one-line change the compiler follows.
 */
export const USERS = 'users'
export const MEDIA = 'media'
export const PUBLICATIONS = 'publications'
export const MEDIA_RELEASES = 'media-releases'
export const SPONSORSHIP_PACKAGES = 'sponsorship-packages'
export const EMERGENCY_BULLETINS = 'emergency-bulletins'
export const WORKFLOW_AUDIT = 'workflow-audit'
export const SUBSCRIBERS = 'subscribers'
export const SENDS = 'sends'
export const DELIVERIES = 'deliveries'
/** Residents' other channels (cms/push, cms/sms): browser push subscriptions and mobile numbers. */
export const PUSH_SUBSCRIPTIONS = 'push-subscriptions'
export const SMS_SUBSCRIBERS = 'sms-subscribers'
export const SPONSOR_INQUIRIES = 'sponsor-inquiries'
export const SPONSORSHIP_SLOTS = 'sponsorship-slots'
export const SPONSORSHIP_AUDIT = 'sponsorship-audit'
export const RETIRED_ITEMS = 'retired-items'
/**
 * The 311 knowledge base: answers for residents and agents, a content type like the others
 * (cms/kb).
 */
export const KB_ARTICLES = 'kb-articles'
export const KB_SEARCH_MISSES = 'kb-search-misses'
export const KB_FEEDBACK = 'kb-feedback'
export const KB_VIEWS = 'kb-views'
/** The customer-service desk (cms/desk). */
export const DEPARTMENTS = 'departments'
export const CORRESPONDENCE = 'correspondence'
export const CORRESPONDENCE_MESSAGES = 'correspondence-messages'
export const CORRESPONDENCE_FILES = 'correspondence-files'
export const DESK_MACROS = 'desk-macros'
export const DESK_PRESENCE = 'desk-presence'
export const RESIDENT_LINKS = 'resident-links'
export const DESK_AUDIT = 'desk-audit'
/**
 * 311: the address register, the service catalogue and requests (cms/addresses,
 * cms/servicerequests, cms/open311).
 */
export const WARDS = 'wards'
export const ADDRESSES = 'addresses'
export const SERVICE_TYPES = 'service-types'
export const SERVICE_REQUESTS = 'service-requests'
export const SERVICE_REQUEST_EVENTS = 'service-request-events'
export const SERVICE_REQUEST_FOLLOWERS = 'service-request-followers'
/** Ward watch: daily emails of a ward's (or a circle's) new reports and closures. */
export const WATCHES = 'watches'
/** 311's status messages, written once in both languages with placeholders. */
export const STATUS_TEMPLATES = 'status-templates'
export const API_CLIENTS = 'api-clients'
/**
 * Reporters' photos: private originals, and the resized copies without metadata that staff may make
 * public.
 */
export const REQUEST_PHOTOS = 'request-photos'
export const REQUEST_PHOTO_COPIES = 'request-photo-copies'
/** Coordination between processes on one database (cms/coordination). */
export const PROCESS_LEASES = 'process-leases'
export const REFERENCE_COUNTERS = 'reference-counters'
export const RATE_LIMIT_HITS = 'rate-limit-hits'
export const SITE_BUILD_REQUESTS = 'site-build-requests'
/** What came in once from outside (a webhook's id, an Idempotency-Key), kept a while. */
export const INTAKE_RECEIPTS = 'intake-receipts'

/** Global slugs (one document each). */
export const SITE_STATUS = 'site-status'
export const STYLE_GUIDE = 'style-guide'
export const SPONSORSHIP_POLICY = 'sponsorship-policy'
export const CITY_CALENDAR = 'city-calendar'
export const LANGUAGE_POLICY = 'language-policy'
export const DESK_SETTINGS = 'desk-settings'
export const SERVICE_REQUEST_SETTINGS = 'service-request-settings'
export const KB_SETTINGS = 'kb-settings'
export const PUSH_KEYS = 'push-keys'

/** The content types that go through the approval workflow and reach the public site. */
export const CONTENT_SLUGS = [
  PUBLICATIONS,
  MEDIA_RELEASES,
  SPONSORSHIP_PACKAGES,
  EMERGENCY_BULLETINS,
  KB_ARTICLES,
] as const

export type ContentSlug = (typeof CONTENT_SLUGS)[number]

export const ALL_SLUGS = [
  USERS,
  MEDIA,
  ...CONTENT_SLUGS,
  WORKFLOW_AUDIT,
  SUBSCRIBERS,
  SENDS,
  DELIVERIES,
  PUSH_SUBSCRIPTIONS,
  SMS_SUBSCRIBERS,
  SPONSOR_INQUIRIES,
  SPONSORSHIP_SLOTS,
  SPONSORSHIP_AUDIT,
  RETIRED_ITEMS,
  PROCESS_LEASES,
  REFERENCE_COUNTERS,
  RATE_LIMIT_HITS,
  SITE_BUILD_REQUESTS,
  INTAKE_RECEIPTS,
  DEPARTMENTS,
  CORRESPONDENCE,
  CORRESPONDENCE_MESSAGES,
  CORRESPONDENCE_FILES,
  DESK_MACROS,
  DESK_PRESENCE,
  RESIDENT_LINKS,
  DESK_AUDIT,
  WARDS,
  ADDRESSES,
  SERVICE_TYPES,
  SERVICE_REQUESTS,
  SERVICE_REQUEST_EVENTS,
  SERVICE_REQUEST_FOLLOWERS,
  WATCHES,
  STATUS_TEMPLATES,
  API_CLIENTS,
  REQUEST_PHOTOS,
  REQUEST_PHOTO_COPIES,
  KB_SEARCH_MISSES,
  KB_FEEDBACK,
  KB_VIEWS,
] as const

export const isContentSlug = (slug: string): slug is ContentSlug =>
  (CONTENT_SLUGS as readonly string[]).includes(slug)
