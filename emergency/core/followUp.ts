/**
 * One-step follow-ups to a live bulletin, as CAP expects them: an Update that replaces it (its text
 * to edit), or a Cancel ("all clear") that ends it. Pure: returns the draft's data.
 */
export type FollowUpKind = 'update' | 'cancel'

const COPIED = [
  'status',
  'category',
  'responseType',
  'urgency',
  'severity',
  'certainty',
  'eventCode',
  'event',
  'headline',
  'summary',
  'body',
  'instruction',
  'areas',
  'expires',
  'broadcastImmediately',
  'wirelessImmediate',
] as const

/** The live bulletin a follow-up starts from (a bulletin document has these fields). */
type Source = { id: number | string; title?: string | null; event?: string | null } & {
  [field in (typeof COPIED)[number]]?: unknown
}

const withoutIds = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutIds)
  if (value && typeof value === 'object' && !('root' in value)) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'id')
        .map(([key, v]) => [key, withoutIds(v)]),
    )
  }
  return value
}

/** How long a Cancel stays valid for receivers that poll late. */
const CANCEL_VALID_HOURS = 24

export const followUpData = (
  source: Source,
  kind: FollowUpKind,
  now = new Date(),
): Record<string, unknown> => {
  const copied = Object.fromEntries(
    COPIED.filter((field) => source[field] !== undefined).map((field) => [
      field,
      withoutIds(source[field]),
    ]),
  )
  const title = String(source.title ?? '')
  if (kind === 'update') {
    return {
      ...copied,
      msgType: 'Update',
      references: [source.id],
      title: `Update: ${title.replace(/^Update: /, '')}`,
    }
  }
  return {
    ...copied,
    msgType: 'Cancel',
    references: [source.id],
    title: `All clear: ${title.replace(/^(Update|All clear): /, '')}`,
    headline: null,
    summary: `The ${String(source.event ?? 'alert').toLowerCase()} has ended.`,
    instruction: 'No action is needed now.',
    urgency: 'Past',
    severity: 'Minor',
    certainty: 'Observed',
    responseType: ['AllClear'],
    effective: null,
    onset: null,
    expires: new Date(now.getTime() + CANCEL_VALID_HOURS * 3_600_000).toISOString(),
  }
}
