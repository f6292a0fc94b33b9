/**
 * What an arriving email is, before it may open or join a case: automatic mail (out-of-office
 * replies, bounces, list traffic) never opens a case, or the desk and a mail robot would answer
 * each other for ever. The signals are the standard ones: RFC 3834 (Auto-Submitted), RFC 3464
 * (delivery reports), the headers the common mail systems add, and the null return path of a
 * bounce.
 */
export type InboundHeaders = Record<string, string | undefined>

export type InboundVerdict =
  { kind: 'message' } | { kind: 'automatic'; reason: string } | { kind: 'bounce'; reason: string }

const AUTO_SUBJECT =
  /^(auto(matic)?[ -]?(reply|response)|out of (the )?office|r[ée]ponse automatique|absence du bureau|absent du bureau|autoreply)\b/i
const BOUNCE_SUBJECT =
  /^(undeliver(able|ed)|delivery status notification|mail delivery (failed|failure|subsystem)|returned mail|failure notice|delivery failure|non remis|[ée]chec de (la )?remise)/i
/** The first words of the bounces that carry no standard marks (qmail's, some old systems'). */
const BOUNCE_TEXT =
  /^\s*(hi\. this is the qmail-send program|this is the mail system at host|this message was created automatically by mail delivery software)/i
const SYSTEM_SENDER = /^(mailer-daemon|postmaster|no-?reply|do-?not-?reply|bounces?)([+@]|$)/i

/** Lower-cased header names, trimmed values: mail parsers differ. */
const normalise = (headers: InboundHeaders) =>
  Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name.toLowerCase(), (value ?? '').trim()]),
  )

/** `<>`, `< >` or empty: the null sender of bounces and other automatic mail (RFC 5321). */
const isNullPath = (value: string | undefined) =>
  value !== undefined && /^<?\s*>?$/.test(value.replace(/\s+/g, ''))

export const classifyInbound = (args: {
  headers: InboundHeaders
  from: string | null
  subject: string
  contentType?: string | null
  /** The SMTP envelope's MAIL FROM (`''` for `MAIL FROM:<>`); undefined when not known. */
  envelopeFrom?: string
  /** The message's text, whose first words identify the bounces that carry no marks. */
  text?: string
}): InboundVerdict => {
  const h = normalise(args.headers)
  const contentType = (args.contentType ?? h['content-type'] ?? '').toLowerCase()
  const from = (args.from ?? '').trim()
  if (args.envelopeFrom !== undefined && args.envelopeFrom.trim() === '')
    return { kind: 'bounce', reason: 'a null envelope sender (MAIL FROM:<>)' }
  if (contentType.includes('multipart/report') || contentType.includes('delivery-status'))
    return { kind: 'bounce', reason: 'a delivery status report' }
  if (isNullPath(h['return-path'])) return { kind: 'bounce', reason: 'a null return path' }
  if (h['x-failed-recipients']) return { kind: 'bounce', reason: 'X-Failed-Recipients' }
  if (BOUNCE_TEXT.test(args.text ?? '')) return { kind: 'bounce', reason: 'a bounce’s own words' }
  if (SYSTEM_SENDER.test(from)) return { kind: 'bounce', reason: `sent by ${from}` }
  if (BOUNCE_SUBJECT.test(args.subject.trim()))
    return { kind: 'bounce', reason: 'a bounce subject' }
  const auto = h['auto-submitted']?.toLowerCase()
  if (auto && auto !== 'no') return { kind: 'automatic', reason: `Auto-Submitted: ${auto}` }
  for (const name of ['x-autoreply', 'x-autorespond'])
    if (h[name]) return { kind: 'automatic', reason: `${name} header` }
  const precedence = h.precedence?.toLowerCase()
  if (precedence && ['bulk', 'junk', 'list', 'auto_reply'].includes(precedence))
    return { kind: 'automatic', reason: `Precedence: ${precedence}` }
  if (h['list-id'] || h['list-unsubscribe'])
    return { kind: 'automatic', reason: 'mailing-list traffic' }
  if (AUTO_SUBJECT.test(args.subject.trim()))
    return { kind: 'automatic', reason: 'an automatic-reply subject' }
  return { kind: 'message' }
}

/**
 * The new part of a reply: the quoted history below "On … wrote:" / "Le … a écrit :" or
 * "-----Original Message-----" is left out of the case's thread (the case already has it).
 */
export const newTextOfReply = (text: string): string => {
  const lines = text.replace(/\r\n/g, '\n').split('\n')
  const cut = lines.findIndex(
    (line) =>
      /^On .{4,200} wrote:\s*$/.test(line) ||
      /^Le .{4,200} a [ée]crit\s?:\s*$/.test(line) ||
      /^-{2,}\s*(Original Message|Message d'origine)\s*-{2,}/i.test(line),
  )
  const kept = (cut >= 0 ? lines.slice(0, cut) : lines).filter((line) => !/^>/.test(line))
  const result = kept.join('\n').trim()
  return result || text.trim()
}
