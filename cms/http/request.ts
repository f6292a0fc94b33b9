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
 * The visitor's address for rate limits. Proxies append the address they saw to X-Forwarded-For, so the
 * entries on the left are whatever the client sent (and a script can change them every request); the
 * trustworthy one is the entry added by our own proxy: the last, or the Nth from the end with
 * TRUSTED_PROXY_HOPS=N when there are N proxies. Without any header every request shares "unknown".
 */
export const forwardedClient = (header: string | null, hops: number): string | null => {
  const entries = (header ?? '').split(',').map((entry) => entry.trim()).filter(Boolean)
  return entries.length ? (entries[Math.max(0, entries.length - Math.max(1, hops))] ?? null) : null
}

const proxyHops = () => Number.parseInt(process.env.TRUSTED_PROXY_HOPS ?? '1', 10) || 1

export const clientIp = (req: PayloadRequest) => forwardedClient(req.headers.get('x-forwarded-for'), proxyHops()) || req.headers.get('x-real-ip') || 'unknown'
