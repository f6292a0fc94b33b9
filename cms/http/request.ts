import { addDataAndFileToRequest, type PayloadRequest } from 'payload'

import { currentSettings } from '../settings'

/** Reads a JSON body or an HTML form post (urlencoded or multipart) into one shape. */
export const readBody = async (
  req: PayloadRequest,
  multi: readonly string[] = [],
): Promise<{ values: Record<string, unknown>; form: boolean }> => {
  const type = req.headers.get('content-type') ?? ''
  if (type.includes('application/json'))
    return {
      values: ((await req.json?.().catch(() => ({}))) ?? {}) as Record<string, unknown>,
      form: false,
    }
  const params = type.includes('multipart/form-data')
    ? new URLSearchParams(
        [...((await req.formData?.()) ?? new FormData()).entries()].map(([k, v]) => [k, String(v)]),
      )
    : new URLSearchParams((await req.text?.()) ?? '')
  const values: Record<string, unknown> = {}
  for (const key of new Set(params.keys()))
    values[key] = multi.includes(key) || key.endsWith('[]') ? params.getAll(key) : params.get(key)
  return { values, form: true }
}

/**
 * The visitor's address for rate limits. Every proxy appends the address it saw to X-Forwarded-For, and
 * the CMS's own front (cms/http/front.ts) always appends the address of the connection, last. Entries
 * further left are whatever the client sent (a script can change them every request), except the ones
 * added by proxies the City runs in front of the CMS: with TRUSTED_PROXY_HOPS=N (default 0, none), the
 * client is the entry N places before the last. Without any header every request shares "unknown".
 */
export const forwardedClient = (header: string | null, hops: number): string | null => {
  const entries = (header ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  return entries.length
    ? (entries[Math.max(0, entries.length - 1 - Math.max(0, hops))] ?? null)
    : null
}

export const clientIp = (req: PayloadRequest) =>
  forwardedClient(req.headers.get('x-forwarded-for'), currentSettings().trustedProxyHops) ||
  'unknown'

/**
 * A body from the API, a site form or the admin's create form (which posts its fields as JSON in
 * `_payload`), as one set of values.
 */
export const readBodyOrAdminForm = async (req: PayloadRequest) => {
  const { values, form } = await readBody(req)
  if (typeof values._payload === 'string') {
    try {
      return { values: JSON.parse(values._payload) as Record<string, unknown>, form: false }
    } catch {
      return { values: {}, form: false }
    }
  }
  return { values, form }
}

/** The JSON body of a custom endpoint's request (Payload parses it on demand). */
export const readJsonBody = async (req: PayloadRequest) => {
  await addDataAndFileToRequest(req)
  return (req.data ?? {}) as Record<string, unknown>
}
