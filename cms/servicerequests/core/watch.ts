import { normaliseEmail } from '../../core/text/emailAddress'
import { type Language, strings } from '../../../site/lib/i18n'
import type { Email } from './emails'

/**
 * Ward watch: anyone may follow a ward, or a circle around an address, for new 311 reports and/or
 * closures, by a daily email (07:00 City time, nothing on a quiet day). What the sign-up says is
 * read here once, and the digest's words made here; the collection and the pass store and send.
 */

export const WATCH_EVENTS = ['new', 'closed'] as const
export type WatchEvent = (typeof WATCH_EVENTS)[number]

/** A circle smaller than a block says little; one larger than a ward is a ward watch. */
export const RADIUS_MIN = 50
export const RADIUS_MAX = 2000
export const RADIUS_DEFAULT = 500

/** The two purposes a watch's links are signed for (cms/core/signedId.ts). */
export const WATCH_CONFIRM_PURPOSE = 'watch-confirm'
export const WATCH_STOP_PURPOSE = 'watch-stop'

/** A digest lists at most this many of each kind; the rest are on the map. */
export const DIGEST_LINES = 50

export type WatchPlace = { ward: number } | { address: string; radius: number }

export type WatchInput = {
  email: string
  language: Language
  events: WatchEvent[]
  place: WatchPlace
}

export type WatchProblem = { field: string; message: string }

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/**
 * `events` as JSON gives it (a list) or as a form does (one value, several, or "new,closed"). The
 * ward page's form sends an empty value before its boxes, so two boxes unticked is a choice of
 * nothing (refused), not a field left out (both).
 */
const readEvents = (value: unknown): WatchEvent[] | null => {
  if (value === undefined || value === null || value === '') return [...WATCH_EVENTS]
  const given = (Array.isArray(value) ? value : [value])
    .flatMap((v) => (typeof v === 'string' ? v.split(',').map((part) => part.trim()) : [v]))
    .filter((v) => v !== '')
  if (!given.every((v) => (WATCH_EVENTS as readonly unknown[]).includes(v))) return null
  return WATCH_EVENTS.filter((event) => given.includes(event))
}

const readWhole = (value: unknown): number | null => {
  const number = typeof value === 'number' ? value : Number(text(value))
  return text(String(value ?? '')) !== '' && Number.isInteger(number) ? number : null
}

/** A sign-up as the API or the ward page's form sends it; every problem names its field. */
export const readWatchInput = (
  values: Record<string, unknown>,
): { ok: true; input: WatchInput } | { ok: false; problems: WatchProblem[] } => {
  const problems: WatchProblem[] = []
  const email = normaliseEmail(values.email)
  if (!email)
    problems.push({ field: 'email', message: 'Enter an email address like name@example.com.' })
  const language: Language = values.language === 'fr' ? 'fr' : 'en'
  const events = readEvents(values.events)
  if (!events || events.length === 0)
    problems.push({
      field: 'events',
      message: 'Choose what to include: "new" (new reports), "closed" (closures) or both.',
    })
  const hasWard = values.ward !== undefined && values.ward !== null && values.ward !== ''
  const address = text(values.address).slice(0, 200)
  let place: WatchPlace | null = null
  if (hasWard && address) {
    problems.push({ field: 'ward', message: 'Give a ward or an address, not both.' })
  } else if (hasWard) {
    const ward = readWhole(values.ward)
    if (ward === null || ward < 1 || ward > 999)
      problems.push({ field: 'ward', message: 'Give the ward as its number, like 3.' })
    else place = { ward }
  } else if (address) {
    const given =
      values.radius === undefined || values.radius === '' ? RADIUS_DEFAULT : values.radius
    const radius = readWhole(given)
    if (radius === null || radius < RADIUS_MIN || radius > RADIUS_MAX)
      problems.push({
        field: 'radius',
        message: `Give the radius in metres, a whole number from ${RADIUS_MIN} to ${RADIUS_MAX}.`,
      })
    else place = { address, radius }
  } else {
    problems.push({
      field: 'ward',
      message: 'Say what to watch: a ward (its number), or an address with a radius in metres.',
    })
  }
  if (problems.length > 0 || !email || !events || !place) return { ok: false, problems }
  return { ok: true, input: { email, language, events, place } }
}

/** What a watch covers, in the watcher's words: "ward 3", "500 m around 12 Main Street". */
export const watchArea = (
  watch: { ward: number | null; addressLabel: string | null; radius: number | null },
  language: Language,
) => {
  const w = strings(language).watch
  return watch.ward !== null
    ? w.wardArea(watch.ward)
    : w.circleArea(watch.radius ?? RADIUS_DEFAULT, watch.addressLabel ?? '')
}

/** One report in a digest: public fields only (no description, no reporter). */
export type DigestLine = { reference: string; service: string; address: string | null }

/** The day's digest, or null when there is nothing to say (no email on a quiet day). */
export const watchDigest = (args: {
  language: Language
  area: string
  day: string
  opened: DigestLine[]
  closed: DigestLine[]
  mapUrl: string
  stopUrl: string
  cityName: string
}): Email | null => {
  if (args.opened.length === 0 && args.closed.length === 0) return null
  const t = strings(args.language)
  const w = t.watch
  const section = (title: string, lines: DigestLine[]) =>
    lines.length === 0
      ? []
      : [
          '',
          title,
          ...lines
            .slice(0, DIGEST_LINES)
            .map(
              (line) => `- ${w.line(line.reference, line.service, line.address ?? w.placedOnMap)}`,
            ),
          ...(lines.length > DIGEST_LINES ? [w.more(lines.length - DIGEST_LINES)] : []),
        ]
  const body = [
    t.requestMail.hello,
    '',
    w.digestLead(args.area, args.day),
    ...section(w.newTitle(args.opened.length), args.opened),
    ...section(w.closedTitle(args.closed.length), args.closed),
    '',
    w.mapLink(args.mapUrl),
    w.stop(args.stopUrl),
    '',
    t.requestMail.signature(args.cityName),
  ]
  return { subject: w.digestSubject(args.area, args.day), text: `${body.join('\n')}\n` }
}

/** The one message an unproven watch gets: the link that proves the address is theirs. */
export const watchConfirmation = (args: {
  language: Language
  area: string
  confirmUrl: string
  cityName: string
}): Email => {
  const t = strings(args.language)
  const w = t.watch
  const lines = [
    t.requestMail.hello,
    '',
    w.confirmAsked(args.area),
    w.confirmLink(args.confirmUrl),
    '',
    w.confirmIgnore,
    '',
    t.requestMail.signature(args.cityName),
  ]
  return { subject: w.confirmSubject(args.area), text: `${lines.join('\n')}\n` }
}
