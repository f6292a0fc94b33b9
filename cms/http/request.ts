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
    ? formFields((await req.formData?.()) ?? new FormData())
    : new URLSearchParams((await req.text?.()) ?? '')
  return { values: valuesOf(params, multi), form: true }
}

/** The text fields of a multipart form; its files are read by readBodyWithFiles, never as text. */
const formFields = (form: FormData) =>
  new URLSearchParams(
    [...form.entries()].flatMap(([k, v]) =>
      typeof v === 'string' ? [[k, v] as [string, string]] : [],
    ),
  )

const valuesOf = (params: URLSearchParams, multi: readonly string[]) => {
  const values: Record<string, unknown> = {}
  for (const key of new Set(params.keys()))
    values[key] = multi.includes(key) || key.endsWith('[]') ? params.getAll(key) : params.get(key)
  return values
}

/**
 * A multipart body larger than the endpoint takes (or of unknown length): refused before reading.
 */
export class BodyTooLargeError extends Error {
  constructor(
    readonly limit: number,
    readonly status: 411 | 413,
  ) {
    super(
      status === 411
        ? 'Send the form with a Content-Length.'
        : `The form is larger than ${Math.round(limit / 1024 / 1024)} MB; send smaller or fewer photos.`,
    )
  }
}

export type UploadedFile = { field: string; name: string; data: Buffer }

/**
 * A body that may carry files (a multipart form with photos): its length is checked against
 * `maxBytes` before a byte is read, since the platform would otherwise buffer any size.
 */
export const readBodyWithFiles = async (
  req: PayloadRequest,
  maxBytes: number,
): Promise<{ values: Record<string, unknown>; form: boolean; files: UploadedFile[] }> => {
  const type = req.headers.get('content-type') ?? ''
  if (!type.includes('multipart/form-data')) return { ...(await readBody(req)), files: [] }
  const length = Number(req.headers.get('content-length') ?? Number.NaN)
  if (!Number.isFinite(length)) throw new BodyTooLargeError(maxBytes, 411)
  if (length > maxBytes) throw new BodyTooLargeError(maxBytes, 413)
  const form = (await req.formData?.()) ?? new FormData()
  const files: UploadedFile[] = []
  for (const [field, value] of form.entries())
    if (typeof value !== 'string')
      files.push({ field, name: value.name, data: Buffer.from(await value.arrayBuffer()) })
  return { values: valuesOf(formFields(form), []), form: true, files }
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
