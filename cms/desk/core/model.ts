/**
 * The customer-service desk's vocabulary: one correspondence case per conversation with a resident,
 * business or journalist, on whatever channel it began.
 */

export const CHANNELS = ['web', 'email', 'phone', 'letter', 'counter'] as const
export type Channel = (typeof CHANNELS)[number]

export const KINDS = [
  'general',
  'media',
  'sponsorship',
  'complaint',
  'compliment',
  'accessibility-feedback',
] as const
export type Kind = (typeof KINDS)[number]

export const CASE_STATES = ['new', 'assigned', 'waiting-on-customer', 'answered', 'closed'] as const
export type CaseState = (typeof CASE_STATES)[number]

export const LANGUAGES = ['en', 'fr'] as const

/** Where the City still owes the customer a reply: the clock runs only here. */
export const CLOCK_RUNNING_STATES: readonly CaseState[] = ['new', 'assigned']

export const OPEN_STATES: readonly CaseState[] = [
  'new',
  'assigned',
  'waiting-on-customer',
  'answered',
]

export const isChannel = (value: unknown): value is Channel =>
  typeof value === 'string' && (CHANNELS as readonly string[]).includes(value)
export const isKind = (value: unknown): value is Kind =>
  typeof value === 'string' && (KINDS as readonly string[]).includes(value)
export const isCaseState = (value: unknown): value is CaseState =>
  typeof value === 'string' && (CASE_STATES as readonly string[]).includes(value)
