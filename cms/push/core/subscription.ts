/**
 * What a browser's push subscription must be before the City stores it: an https endpoint at a
 * known push service, and the two keys the message is encrypted for (RFC 8291: a P-256 public key
 * of 65 bytes, uncompressed, and a 16-byte authentication secret), base64url as browsers give them.
 */
export type BrowserSubscription = { endpoint: string; p256dh: string; auth: string }

type Checked =
  { ok: true; value: BrowserSubscription } | { ok: false; field: string; message: string }

const bytesOf = (value: unknown): Buffer | null => {
  if (typeof value !== 'string' || !/^[A-Za-z0-9_-]+={0,2}$/.test(value)) return null
  return Buffer.from(value.replace(/=+$/, ''), 'base64url')
}

/** `fcm.googleapis.com` matches itself; `.push.apple.com` matches its subdomains. */
export const hostAllowed = (host: string, allowed: readonly string[]) =>
  allowed.some((entry) =>
    entry.startsWith('.') ? host.endsWith(entry) && host.length > entry.length : host === entry,
  )

/** A subscription as `PushSubscription.toJSON()` gives it, or that JSON as text (a form field). */
const fromText = (input: unknown): unknown => {
  if (typeof input !== 'string') return input
  try {
    return JSON.parse(input) as unknown
  } catch {
    return null
  }
}

/** The endpoint of a subscription given either way, unchecked (to unsubscribe it). */
export const endpointOf = (input: unknown): unknown =>
  (fromText(input) as { endpoint?: unknown } | null)?.endpoint

export const checkSubscription = (input: unknown, allowedHosts: readonly string[]): Checked => {
  const raw = (fromText(input) ?? {}) as {
    endpoint?: unknown
    keys?: { p256dh?: unknown; auth?: unknown }
  }
  let url: URL
  try {
    url = new URL(String(raw.endpoint ?? ''))
  } catch {
    return { ok: false, field: 'subscription.endpoint', message: 'The endpoint is not a URL.' }
  }
  if (
    url.protocol !== 'https:' ||
    String(raw.endpoint).length > 1000 ||
    url.username ||
    url.password
  )
    return {
      ok: false,
      field: 'subscription.endpoint',
      message: 'The endpoint must be an https URL of at most 1,000 characters.',
    }
  if (!hostAllowed(url.hostname.toLowerCase(), allowedHosts))
    return {
      ok: false,
      field: 'subscription.endpoint',
      message: `${url.hostname} is not a browser push service this site sends to.`,
    }
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
      endpoint: url.toString(),
      p256dh: p256dh.toString('base64url'),
      auth: auth.toString('base64url'),
    },
  }
}
