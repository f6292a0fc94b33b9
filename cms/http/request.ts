import type { PayloadRequest } from 'payload'

/** Reads a JSON body or an HTML form post (urlencoded or multipart) into one shape. */
export const readBody = async (req: PayloadRequest, multi: readonly string[] = []): Promise<{ values: Record<string, unknown>; form: boolean }> => {
  const type = req.headers.get('content-type') ?? ''
  if (type.includes('application/json')) return { values: ((await req.json?.().catch(() => ({}))) ?? {}) as Record<string, unknown>, form: false }
  const params = type.includes('multipart/form-data') ? new URLSearchParams([...((await req.formData?.()) ?? new FormData()).entries()].map(([k, v]) => [k, String(v)])) : new URLSearchParams((await req.text?.()) ?? '')
  const values: Record<string, unknown> = {}
  for (const key of new Set(params.keys())) values[key] = multi.includes(key) ? params.getAll(key) : params.get(key)
  return { values, form: true }
}

/**
 * The visitor's address for rate limits. Behind the City's reverse proxy the first X-Forwarded-For entry
 * is the client; without a proxy every request shares "unknown", which still caps a flood.
 */
export const clientIp = (req: PayloadRequest) => req.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || req.headers.get('x-real-ip') || 'unknown'
