import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { KB_ARTICLES, SERVICE_REQUESTS } from '../../cms/core/slugs'
import { PUBLIC_BODIES_PER_ADDRESS } from '../../cms/http'
import { seedDemo311 } from '../../cms/seed/seed'
import { createApiKey } from '../helpers/apiClient'
import { type Harness, startHarness } from '../helpers/harness'

/**
 * Refuse before reading: a body is a stream the server pulls, and these tests count what it
 * pulled. A bad key, a spent limit or a declared size over the cap must be answered after reading
 * next to nothing (10 parallel 29 MB posts with a bad key once took the server from 423 to
 * 1,006 MB); a body that lies about its size is cut off at the cap.
 */
let harness: Harness
let apiKey = ''

beforeAll(async () => {
  harness = await startHarness()
  await seedDemo311(harness.payload)
  apiKey = await createApiKey(harness, 'Body test app')
}, 360_000)
afterAll(async () => harness?.close())

const MB = 1024 * 1024

/** A body of `head`, then `size` bytes of filler, then `tail`, made only as the server reads it. */
const counted = (head: string, size: number, tail = '') => {
  let pulled = 0
  let sent = 0
  const chunk = Buffer.alloc(64 * 1024, 0x41)
  // highWaterMark 0: nothing is made before the server asks for it.
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (sent === 0) {
          const first = Buffer.from(head)
          pulled += first.length
          sent = 1
          controller.enqueue(first)
        } else if (pulled - head.length < size) {
          pulled += chunk.length
          controller.enqueue(chunk)
        } else {
          controller.enqueue(Buffer.from(tail))
          controller.close()
        }
      },
    },
    { highWaterMark: 0 },
  )
  return { stream, pulled: () => pulled, length: head.length + size + tail.length }
}

/** A multipart post of Open311 fields then one photo of `photoBytes`. */
const multipart = (fields: Record<string, string>, photoBytes: number) => {
  const boundary = 'xYzBoundary'
  const head =
    Object.entries(fields)
      .map(
        ([n, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${n}"\r\n\r\n${v}\r\n`,
      )
      .join('') +
    `--${boundary}\r\nContent-Disposition: form-data; name="media"; filename="p.jpg"\r\n` +
    'Content-Type: image/jpeg\r\n\r\n'
  return {
    body: counted(head, photoBytes, `\r\n--${boundary}--\r\n`),
    type: `multipart/form-data; boundary=${boundary}`,
  }
}

const post = async (
  path: string,
  body: ReturnType<typeof counted>,
  type: string,
  declared: number | null,
  ip = '198.51.100.77',
) => {
  const { handleEndpoints } = await import('payload')
  const headers: Record<string, string> = { 'content-type': type, 'x-forwarded-for': ip }
  if (declared !== null) headers['content-length'] = String(declared)
  const response = await handleEndpoints({
    config: harness.payload.config,
    request: new Request(`http://localhost:3000/api${path}`, {
      method: 'POST',
      headers,
      body: body.stream,
      duplex: 'half',
    } as RequestInit),
    payloadInstanceCacheKey: harness.key,
  })
  return { status: response.status, text: await response.text() }
}

const POTHOLE = { service_code: 'POTHOLE', address_string: '123 Main Street', language: 'en' }

describe('refused before reading', () => {
  it(`every public post counts against its address before it is read (${PUBLIC_BODIES_PER_ADDRESS} in 10 minutes)`, async () => {
    const form = 'application/x-www-form-urlencoded'
    const ip = '198.51.100.99'
    const statuses: number[] = []
    for (let i = 0; i < PUBLIC_BODIES_PER_ADDRESS; i += 1) {
      const body = counted('q=snow+day', 0)
      statuses.push((await post(`/${KB_ARTICLES}/misses`, body, form, body.length, ip)).status)
    }
    expect(statuses.every((status) => status < 400)).toBe(true)
    // One more, to any public form: refused, with nothing of its body read.
    for (const path of [`/${KB_ARTICLES}/misses`, '/subscriptions', '/push-subscriptions']) {
      const refused = counted('email=a%40example.ca&topics=news', 0)
      const answer = await post(path, refused, form, refused.length, ip)
      expect(answer.status, path).toBe(429)
      expect(refused.pulled(), path).toBe(0)
    }
    // Another address is not affected.
    const other = counted('q=snow+day', 0)
    expect((await post(`/${KB_ARTICLES}/misses`, other, form, other.length)).status).toBeLessThan(
      400,
    )
  }, 120_000)

  it('Open311: a bad key in the form is refused before its 20 MB photo is read', async () => {
    const { body, type } = multipart({ api_key: 'not-a-key', ...POTHOLE }, 20 * MB)
    const answer = await post('/open311/v2/requests.json', body, type, body.length)
    expect(answer.status).toBe(403)
    expect(answer.text).toContain('api_key')
    expect(body.pulled()).toBeLessThan(MB)
  })

  it('Open311: a bad key in the URL is refused before a byte of the body is read', async () => {
    const { body, type } = multipart(POTHOLE, 20 * MB)
    const answer = await post('/open311/v2/requests.json?api_key=nope', body, type, body.length)
    expect(answer.status).toBe(403)
    expect(body.pulled()).toBe(0)
  })

  it('a declared length over the cap answers 413 unread; a form of photos without one, 411', async () => {
    const { body, type } = multipart({ api_key: apiKey, ...POTHOLE }, 40 * MB)
    expect((await post('/open311/v2/requests.json', body, type, body.length)).status).toBe(413)
    expect(body.pulled()).toBe(0)
    const unsized = multipart({ api_key: apiKey, ...POTHOLE }, MB)
    expect((await post('/open311/v2/requests.json', unsized.body, type, null)).status).toBe(411)
    expect(unsized.body.pulled()).toBe(0)
  })

  it('a body that declares 1 KB and sends 20 MB is cut off where its declaration ends, and nothing is stored', async () => {
    const before = await harness.payload.count({ collection: SERVICE_REQUESTS })
    const { body, type } = multipart({ api_key: apiKey, ...POTHOLE }, 20 * MB)
    const answer = await post('/open311/v2/requests.json', body, type, 1024)
    expect(answer.status).toBe(400)
    expect(answer.text).toContain('longer than its Content-Length')
    expect(body.pulled()).toBeLessThan(MB)
    // Without a declaration, a text body stops at its cap (256 KB).
    const json = counted('{"email":"', 20 * MB, '"}')
    const sms = await post('/sms-subscriptions', json, 'application/json', null)
    expect(sms.status).toBe(413)
    expect(json.pulled()).toBeLessThan(MB)
    expect(await harness.payload.count({ collection: SERVICE_REQUESTS })).toEqual(before)
  })

  it('the site’s report form checks its limit before reading: the 11th post in an hour is refused unread', async () => {
    const ip = '198.51.100.11'
    for (let i = 0; i < 10; i += 1) {
      const small = counted('service_code=POTHOLE&website=bot', 0)
      const answer = await post(
        '/service-requests/form',
        small,
        'application/x-www-form-urlencoded',
        small.length,
        ip,
      )
      expect(answer.status).toBe(200)
    }
    const { body, type } = multipart(POTHOLE, 20 * MB)
    const refused = await post('/service-requests/form', body, type, body.length, ip)
    expect(refused.status).toBe(429)
    expect(body.pulled()).toBe(0)
  })
})
