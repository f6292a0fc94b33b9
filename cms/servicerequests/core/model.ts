/** The words of 311: states, channels, closing reasons and how they map onto Open311. */

/** `forwarded`: with an outside agency (the Region, the province, a utility), still open here. */
export const REQUEST_STATES = [
  'new',
  'acknowledged',
  'assigned',
  'in-progress',
  'forwarded',
  'closed',
] as const
export type RequestState = (typeof REQUEST_STATES)[number]

export const REQUEST_CHANNELS = ['web', 'app', 'email', 'phone', 'counter'] as const
export type RequestChannel = (typeof REQUEST_CHANNELS)[number]

export const CLOSING_REASONS = ['resolved', 'duplicate', 'not-city', 'cannot-locate'] as const
export type ClosingReason = (typeof CLOSING_REASONS)[number]

/** What a request's history records (`comment`: a resident's words; `reopened`: not fixed). */
export const REQUEST_EVENT_ACTIONS = [
  'opened',
  'status',
  'assigned',
  'merged',
  'followed',
  'emailed',
  'photo',
  'comment',
  'reopened',
  'forwarded',
  'agency-reply',
] as const
export type RequestEventAction = (typeof REQUEST_EVENT_ACTIONS)[number]

/** The public events apps read as updates (Open311's servicerequestupdates, their callbacks). */
export const UPDATE_ACTIONS: readonly RequestEventAction[] = [
  'status',
  'merged',
  'comment',
  'reopened',
  'forwarded',
]

export const ATTRIBUTE_TYPES = [
  'string',
  'number',
  'datetime',
  'text',
  'singlevaluelist',
  'multivaluelist',
] as const
export type AttributeType = (typeof ATTRIBUTE_TYPES)[number]

/** Open311 knows two statuses; every state but `closed` is `open`. */
export const open311Status = (state: RequestState): 'open' | 'closed' =>
  state === 'closed' ? 'closed' : 'open'

export const REFERENCE_PREFIX = 'SR'

export const REQUEST_REFERENCE = /\bSR-\d{4}-\d{6,}\b/
