import { type HostRule, readOutboundUrl } from '../../core/url/outboundUrl'

/**
 * What a browser's push subscription must be before the City stores it: an https endpoint at a
 * known push service, and the two keys the message is encrypted for (RFC 8291: a P-256 public key
 * of 65 bytes, uncompressed, and a 16-byte authentication secret), base64url as browsers give them.
 * The endpoint is read by the one URL reader: what is stored, and later sent to, is its normalised
 * form.
 */

export type BrowserSubscription = { endpoint: string; p256dh: string; auth: string }

type Checked =
  { ok: true; value: BrowserSubscription } | { ok: false; field: string; message: string }

const bytesOf = (value: unknown): Buffer | null => {
  if (typeof value !== 'string' || !/^[A-Za-z0-9_-]+={0,2}$/.test(value)) return null
  return Buffer.from(value.replace(/=+$/, ''), 'base64url')
}

/** A subscription as `PushSubscription.toJSON()` gives it, or that JSON as text (a form field). */
const fromText = (input: unknown): unknown => {
  if (typeof input !== 'string') return input
  try {
    return JSON.parse(input) as unknown
  } catch {
    return null
  }
}

/**
 * The endpoint of a subscription given either way (or as itself), in the normalised form it was
 * stored in, to unsubscribe it; null when there is none.
 */
export const endpointOf = (input: unknown): string | null => {
  const given = typeof input === 'string' && input.startsWith('https:') ? input : null
  const raw = given ?? (fromText(input) as { endpoint?: unknown } | null)?.endpoint
  if (typeof raw !== 'string') return null
  try {
    return new URL(raw).href
  } catch {
    return null
  }
}

export const checkSubscription = (input: unknown, rules: readonly HostRule[]): Checked => {
  const raw = (fromText(input) ?? {}) as {
    endpoint?: unknown
    keys?: { p256dh?: unknown; auth?: unknown }
  }
  const endpoint = readOutboundUrl(raw.endpoint, rules)
  if (!endpoint.ok) return { ok: false, field: 'subscription.endpoint', message: endpoint.message }
  const p256dh = bytesOf(raw.keys?.p256dh)
  if (!p256dh || p256dh.length !== 65 || p256dh[0] !== 4)
    return {
      ok: false,
      field: 'subscription.keys.p256dh',
      message: 'The p256dh key must be an uncompressed P-256 public key (65 bytes, base64url).',
    }
  const auth = bytesOf(raw.keys?.auth)
  if (!auth || auth.length !== 16)
    return {
      ok: false,
      field: 'subscription.keys.auth',
      message: 'The auth secret must be 16 bytes, base64url.',
    }
  return {
    ok: true,
    value: {
      endpoint: endpoint.value.url,
      p256dh: p256dh.toString('base64url'),
      auth: auth.toString('base64url'),
    },
  }
}
