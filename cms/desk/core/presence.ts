/**
 * Who is here: a heartbeat every few seconds keeps a person on a case; one unheard for longer
 * than this has left (the page closed, the laptop slept). Pure.
 */
export const PRESENCE_TTL_MS = 30_000
export const HEARTBEAT_MS = 5_000

export type Presence = { user: string; name: string; typing: boolean; seenAt: Date }

/** The others on the case now: still heard from, not this person, typists first. */
export const othersHere = (rows: readonly Presence[], me: string, now: Date): Presence[] =>
  rows
    .filter((r) => r.user !== me && now.getTime() - r.seenAt.getTime() < PRESENCE_TTL_MS)
    .sort((a, b) => Number(b.typing) - Number(a.typing) || a.name.localeCompare(b.name))

/**
 * Whether a reply drafted since `draftStartedAt` should be confirmed first: the customer wrote
 * after the agent began it (they may be answering a question the reply repeats).
 */
export const customerWroteSince = (
  lastCustomerMessageAt: Date | null,
  draftStartedAt: Date | null,
): boolean =>
  lastCustomerMessageAt !== null &&
  draftStartedAt !== null &&
  lastCustomerMessageAt.getTime() > draftStartedAt.getTime()
