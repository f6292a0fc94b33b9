import { addDataAndFileToRequest, type PayloadRequest } from 'payload'

import { databaseLimiter } from '../coordination'
import { currentSettings } from '../settings'
import {
  BodyRefused,
  readMultipart,
  readTextCapped,
  type Refusal,
  type UploadedFile,
} from './bodyReader'

/** What a form or an API call to a public endpoint may send without files. */
export const MAX_FORM_BYTES = 256 * 1024

/**
 * Bodies one address may send to the public endpoints in 10 minutes, whatever the endpoint (each
 * also has its own, smaller limit on what it does): checked before a byte is read, so a flood of
 * posts costs the server a count, not the reading. Generous, for many residents behind one address.
 */
export const PUBLIC_BODIES_PER_ADDRESS = 300
const publicBodies = databaseLimiter('public-body-ip', {
  max: PUBLIC_BODIES_PER_ADDRESS,
  windowMs: 10 * 60 * 1000,
})

const TOO_MANY_BODIES: Refusal = {
  status: 429,
  message: 'Too many posts from this address in the last 10 minutes. Try again later.',
}

/**
 * `countAddress: false` for a caller that limits its addresses itself before reading (Open311's
 * 600 an hour) or whose one address speaks for everyone (an SMS gateway's signed webhooks).
 */
type AddressCount = { countAddress?: boolean }

/** Anyone not signed in counts against the address's bodies, before a byte is read. */
const countAddress = async (req: PayloadRequest, options: AddressCount) => {
  if (req.user || options.countAddress === false) return
  if (!(await publicBodies.take(req.payload, clientIp(req)))) throw new BodyRefused(TOO_MANY_BODIES)
}

const isMultipart = (req: PayloadRequest) =>
  (req.headers.get('content-type') ?? '').includes('multipart/form-data')

/**
 * Reads a JSON body or an HTML form post (urlencoded or multipart) into one shape, at most
 * `maxBytes` (checked before reading when the length is declared, and counted as it comes); a
 * larger body answers 413 and nothing of it is parsed. From someone not signed in, past
 * PUBLIC_BODIES_PER_ADDRESS, 429 before reading.
 */
export const readBody = async (
  req: PayloadRequest,
  multi: readonly string[] = [],
  maxBytes = MAX_FORM_BYTES,
  options: AddressCount = {},
): Promise<{ values: Record<string, unknown>; form: boolean }> => {
  await countAddress(req, options)
  const type = req.headers.get('content-type') ?? ''
  if (isMultipart(req)) {
    const { fields } = await readMultipart(req, {
      maxBytes,
      maxFiles: 10,
      maxFileBytes: maxBytes,
      lengthRequired: false,
    })
    return { values: valuesOf(fields, multi), form: true }
  }
  const text = await readTextCapped(req, maxBytes)
  if (type.includes('application/json')) {
    try {
      const parsed: unknown = JSON.parse(text || '{}')
      return {
        values: parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {},
        form: false,
      }
    } catch {
      return { values: {}, form: false }
    }
  }
  return { values: valuesOf(new URLSearchParams(text), multi), form: true }
}

const valuesOf = (params: URLSearchParams, multi: readonly string[]) => {
  const values: Record<string, unknown> = {}
  for (const key of new Set(params.keys()))
    values[key] = multi.includes(key) || key.endsWith('[]') ? params.getAll(key) : params.get(key)
  return values
}

/**
 * A body that may carry files (a multipart form with photos): its length is checked against
 * `maxBytes` before a byte is read, and `beforeFiles` (a key, a rate limit) runs on the fields
 * before the first file is read, so a refused sender costs the server almost nothing. A body
 * without files is read as any form is, then passes the same check.
 */
export const readBodyWithFiles = async (
  req: PayloadRequest,
  maxBytes: number,
  beforeFiles: (values: Record<string, unknown>) => Promise<Refusal | null> = async () => null,
  options: AddressCount = {},
): Promise<{ values: Record<string, unknown>; form: boolean; files: UploadedFile[] }> => {
  if (!isMultipart(req)) {
    const body = await readBody(req, [], undefined, options)
    const refusal = await beforeFiles(body.values)
    if (refusal) throw new BodyRefused(refusal)
    return { ...body, files: [] }
  }
  await countAddress(req, options)
  const { fields, files } = await readMultipart(
    req,
    { maxBytes, maxFiles: 10, maxFileBytes: maxBytes },
    (fields) => beforeFiles(valuesOf(fields, [])),
  )
  return { values: valuesOf(fields, []), form: true, files }
}

/**
 * The visitor's address for rate limits. Every proxy appends the address it saw to X-Forwarded-For,
 * and the CMS's own front (cms/http/front.ts) always appends the address of the connection, last.
 * Entries further left are whatever the client sent (a script can change them every request),
 * except the ones added by proxies the City runs in front of the CMS: with TRUSTED_PROXY_HOPS=N
 * (default 0, none), the client is the entry N places before the last. Without any header every
 * request shares "unknown".
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

/**
 * Where a sign-up came from, for the consent record: the site's form says its page (`source`, a
 * path), which browsers' referrer policy hides from a cross-origin Referer; else the Referer; else
 * the API.
 */
export const sourcePageOf = (
  req: PayloadRequest,
  values: Record<string, unknown>,
  siteUrl: string,
): string => {
  const source = typeof values.source === 'string' ? values.source : ''
  if (/^\/[^/\\]/.test(source) || source === '/') return `${siteUrl}${source}`.slice(0, 500)
  return (req.headers.get('referer') ?? 'api').slice(0, 500)
}
