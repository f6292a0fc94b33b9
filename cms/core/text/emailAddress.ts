/**
 * Email addresses as residents type them: trimmed and lower-cased (mailbox providers treat the
 * local part case-insensitively in practice), checked for a plausible shape, and never containing a
 * line break (which would let someone add mail headers).
 */
const MAX_EMAIL_LENGTH = 254

const SHAPE =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/

export const normaliseEmail = (input: unknown): string | null => {
  if (typeof input !== 'string') return null
  if (/[\r\n\0]/.test(input)) return null
  const email = input.trim().toLowerCase()
  if (email.length > MAX_EMAIL_LENGTH || !SHAPE.test(email)) return null
  const [local] = email.split('@')
  if (
    !local ||
    local.length > 64 ||
    local.startsWith('.') ||
    local.endsWith('.') ||
    local.includes('..')
  )
    return null
  return email
}

/** "Name <address>" → its parts, for Payload's defaultFromName / defaultFromAddress. */
export const splitMailbox = (mailbox: string): { name: string; address: string } => {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(mailbox)
  if (match) return { name: match[1]!.trim(), address: match[2]!.trim() }
  return { name: '', address: mailbox.trim() }
}
