import http from 'node:http'

export type Answer = { status: number; text: string; ms: number }

/**
 * One HTTP call from a chosen loopback address (127.x.y.z: each simulated resident has their own,
 * as residents do, so the per-address limits see many people, not one), timed to the last byte.
 */
export const call = (
  url: string,
  options: {
    method?: string
    headers?: Record<string, string>
    body?: Buffer | string
    from?: string
    timeoutMs?: number
  } = {},
): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const started = performance.now()
    const target = new URL(url)
    const body =
      options.body === undefined
        ? undefined
        : Buffer.isBuffer(options.body)
          ? options.body
          : Buffer.from(options.body)
    const request = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: options.method ?? 'GET',
        headers: { ...options.headers, ...(body ? { 'content-length': body.length } : {}) },
        localAddress: options.from,
        timeout: options.timeoutMs ?? 30_000,
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
            ms: performance.now() - started,
          }),
        )
        response.on('error', reject)
      },
    )
    request.on('timeout', () => request.destroy(new Error('timed out')))
    request.on('error', reject)
    request.end(body)
  })

/** A distinct loopback address for resident `n` (127.1.0.1 upward; Linux answers all of 127/8). */
export const residentAddress = (n: number) =>
  `127.${1 + Math.floor(n / 65_000)}.${Math.floor((n % 65_000) / 250)}.${1 + (n % 250)}`

/** A multipart form encoded as a browser sends it: its bytes and content type. */
export const multipart = async (form: FormData) => {
  const encoded = new Request('http://localhost/', { method: 'POST', body: form })
  return {
    type: encoded.headers.get('content-type')!,
    bytes: Buffer.from(await encoded.arrayBuffer()),
  }
}
