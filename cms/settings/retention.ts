import { type Env, SettingsError } from './env'

/**
 * How long the rows that only serve the machinery are kept (docs/operations.md, "Retention"). The
 * records the City must keep are not here: sends (what went to how many, per channel), consent,
 * cases, requests, audits and content stay as long as the records schedule says (the desk's own
 * retention anonymises cases).
 */
export type RetentionSettings = {
  /** Per-message delivery rows of finished sends, and one-off messages, after this many days. */
  deliveryDays: number
  /** Rate-limit attempts, after this many hours (longer than any limit's window, one hour). */
  rateLimitHours: number
  /** Failed jobs, build requests nobody served, and expired leases, after this many days. */
  machineryDays: number
}

export const DEFAULT_RETENTION: RetentionSettings = {
  deliveryDays: 90,
  rateLimitHours: 24,
  machineryDays: 14,
}

const atLeast = (env: Env, name: string, fallback: number, minimum: number, unit: string) => {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < minimum)
    throw new SettingsError(
      `${name}="${raw}" is not a whole number of ${unit} of at least ${minimum}, e.g. ${fallback}.`,
    )
  return value
}

export const retentionSettings = (env: Env): RetentionSettings => ({
  // A week at least: a complaint about a message is answered from its row.
  deliveryDays: atLeast(env, 'RETAIN_DELIVERY_DAYS', DEFAULT_RETENTION.deliveryDays, 7, 'days'),
  // The longest rate-limit window is an hour: an attempt younger than that still counts.
  rateLimitHours: atLeast(
    env,
    'RETAIN_RATE_LIMIT_HOURS',
    DEFAULT_RETENTION.rateLimitHours,
    2,
    'hours',
  ),
  machineryDays: atLeast(env, 'RETAIN_MACHINERY_DAYS', DEFAULT_RETENTION.machineryDays, 1, 'days'),
})
