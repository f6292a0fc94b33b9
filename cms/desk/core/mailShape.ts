/**
 * Whether a message can ever be read, decided from its raw bytes before a parser builds anything:
 * a header section without end, a header line of a megabyte, thousands of parts or parts nested
 * thousands deep are the sender's fault and stay so at every retry. The listener answers them with
 * a permanent 554 (the sending server gives up and tells its user), never 451 (it would retry for
 * days). Real mail is far inside these limits: a long References line is folded, a message with
 * photos has a handful of parts.
 */
export const MAIL_LIMITS = {
  headerBytes: 256 * 1024,
  headerLineBytes: 16 * 1024,
  parts: 500,
  multiparts: 50,
} as const

const count = (text: string, pattern: RegExp) => {
  let n = 0
  pattern.lastIndex = 0
  while (pattern.exec(text)) n += 1
  return n
}

/** Why the message can never be taken, or null. */
export const mailShapeFault = (raw: Buffer): string | null => {
  const head = raw.subarray(0, MAIL_LIMITS.headerBytes + 4).toString('latin1')
  const end = /\r?\n\r?\n/.exec(head)
  if (!end && raw.length > MAIL_LIMITS.headerBytes)
    return `its header section is over ${MAIL_LIMITS.headerBytes / 1024} KB`
  const headers = end ? head.slice(0, end.index) : head
  const longest = headers.split(/\r?\n/).reduce((most, line) => Math.max(most, line.length), 0)
  if (longest > MAIL_LIMITS.headerLineBytes)
    return `a header line is ${longest.toLocaleString('en-CA')} bytes long (at most ${MAIL_LIMITS.headerLineBytes / 1024} KB)`
  // latin1 keeps one character per byte, so the counts below read any bytes without decoding.
  const whole = raw.toString('latin1')
  const multiparts = count(whole, /^content-type:[ \t]*multipart\//gim)
  if (multiparts > MAIL_LIMITS.multiparts)
    return `it nests ${multiparts.toLocaleString('en-CA')} multipart sections (at most ${MAIL_LIMITS.multiparts})`
  const parts = count(whole, /^content-type:/gim)
  if (parts > MAIL_LIMITS.parts)
    return `it has ${parts.toLocaleString('en-CA')} parts (at most ${MAIL_LIMITS.parts})`
  return null
}
