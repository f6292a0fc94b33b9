/**
 * iCalendar (RFC 5545) for the ward pages' alerts: each alert an event from its onset to its
 * expiry, in one language per file. Times in UTC; text escaped (backslash, semicolon, comma, line
 * breaks); lines folded at 75 octets without splitting a character; CRLF line ends.
 */
export type CalendarEvent = {
  /** Globally unique and stable across builds (the CAP identifier, with the site's host). */
  uid: string
  start: Date
  /** None when the alert has no expiry: a calendar then shows it at its start. */
  end: Date | null
  summary: string
  description?: string | null
  url?: string | null
  /** When the alert last changed (DTSTAMP and LAST-MODIFIED). */
  updated: Date
  cancelled?: boolean
}

export type CalendarHead = {
  /** The calendar's name, as a reader's application lists it. */
  name: string
  /** `en-CA` or `fr-CA`: the language of every text in the file. */
  language: string
  productId: string
}

/** 2026-12-07T12:00:00Z → 20261207T120000Z. */
const utc = (date: Date) =>
  date
    .toISOString()
    .replace(/\.\d{3}/, '')
    .replace(/[-:]/g, '')

const escapeText = (text: string) =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')

const encoder = new TextEncoder()

/** A content line folded at 75 octets: the rest continues on lines that start with a space. */
export const foldLine = (line: string): string => {
  const pieces: string[] = []
  let current = ''
  let octets = 0
  for (const character of line) {
    const size = encoder.encode(character).length
    // The first line holds 75 octets; each continuation 74 after its leading space.
    if (octets + size > (pieces.length === 0 ? 75 : 74)) {
      pieces.push(current)
      current = ''
      octets = 0
    }
    current += character
    octets += size
  }
  pieces.push(current)
  return pieces.join('\r\n ')
}

export const buildCalendar = (head: CalendarHead, events: readonly CalendarEvent[]): string => {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${head.productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(head.name)}`,
  ]
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${utc(event.updated)}`,
      `LAST-MODIFIED:${utc(event.updated)}`,
      `DTSTART:${utc(event.start)}`,
    )
    // An expiry before the onset would make an invalid event: such an alert shows at its onset.
    if (event.end && event.end.getTime() > event.start.getTime())
      lines.push(`DTEND:${utc(event.end)}`)
    lines.push(`SUMMARY;LANGUAGE=${head.language}:${escapeText(event.summary)}`)
    if (event.description)
      lines.push(`DESCRIPTION;LANGUAGE=${head.language}:${escapeText(event.description)}`)
    if (event.url) lines.push(`URL:${event.url}`)
    lines.push(`STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`, 'TRANSP:TRANSPARENT')
    lines.push('END:VEVENT')
  }
  lines.push('END:VCALENDAR')
  return `${lines.map(foldLine).join('\r\n')}\r\n`
}
