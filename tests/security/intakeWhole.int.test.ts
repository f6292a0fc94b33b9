import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CORRESPONDENCE, SERVICE_REQUEST_EVENTS, SERVICE_REQUESTS } from '../../cms/core/slugs'
import { seedDemo311 } from '../../cms/seed/seed'
import { createApiKey } from '../helpers/apiClient'
import { type Harness, startHarness } from '../helpers/harness'
import { startInbound } from '../helpers/inbound'

/**
 * Intake is whole or absent, over HTTP and SMTP: an app's retry with the same Idempotency-Key gets
 * the first answer (never a second request, even when both arrive at once); a photo folder that
 * cannot be written answers 503 with Retry-After (not 400, the client's fault) and stores nothing,
 * and mail to 311 with a photo is deferred (451) with nothing kept. (The same with a real process
 * killed half-way: tests/faults/intakeKilled.int.test.ts.)
 */
let harness: Harness
let inbound: Awaited<ReturnType<typeof startInbound>> | undefined
let apiKey = ''
let otherKey = ''

beforeAll(async () => {
  harness = await startHarness()
  await seedDemo311(harness.payload)
  inbound = await startInbound(harness.payload)
  apiKey = await createApiKey(harness, 'Retrying app')
  otherKey = await createApiKey(harness, 'Another app')
}, 360_000)
afterAll(async () => {
  await inbound?.close()
  await harness?.close()
})

const POTHOLE = {
  service_code: 'POTHOLE',
  address_string: '123 Main Street',
  'attribute[size]': 'large',
}

const post = (
  fields: Record<string, string>,
  headers: Record<string, string> = {},
  query = '',
  ip = '198.51.100.90',
) =>
  harness.rest('POST', `/open311/v2/requests.json${query}`, {
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-forwarded-for': ip,
      ...headers,
    },
    body: new URLSearchParams(fields).toString(),
  })

const requestsSaying = async (description: string) =>
  (
    await harness.payload.count({
      collection: SERVICE_REQUESTS,
      where: { description: { equals: description } },
      overrideAccess: true,
    })
  ).totalDocs

describe('an Idempotency-Key retry gets the first answer', () => {
  it('the same key twice: one request, the same reference, the second marked as replayed', async () => {
    const fields = { api_key: apiKey, ...POTHOLE, description: 'Retried once' }
    const key = { 'idempotency-key': '0b6f1c9e-61a4-4a0c-9a9f-2c1d5e0f7a01' }
    const first = await post(fields, key)
    const second = await post(fields, key)
    expect(first.status).toBe(201)
    expect(second.status).toBe(201)
    expect(second.body).toEqual(first.body)
    expect(first.headers.get('idempotent-replayed')).toBeNull()
    expect(second.headers.get('idempotent-replayed')).toBe('true')
    expect(await requestsSaying('Retried once')).toBe(1)
    // The key in the URL: the first answer comes back before the body is read at all.
    const inUrl = await post(
      { ...POTHOLE, description: 'Retried once' },
      key,
      `?api_key=${encodeURIComponent(apiKey)}`,
    )
    expect(inUrl.body).toEqual(first.body)
  })

  it('without a key, or with another key, or from another app, a post is a new request', async () => {
    const fields = { ...POTHOLE, description: 'Posted thrice' }
    await post({ ...fields, api_key: apiKey })
    await post({ ...fields, api_key: apiKey }, { 'idempotency-key': 'key-b' })
    await post({ ...fields, api_key: otherKey }, { 'idempotency-key': 'key-b' })
    expect(await requestsSaying('Posted thrice')).toBe(3)
    // The same key again from each app: still three.
    await post({ ...fields, api_key: apiKey }, { 'idempotency-key': 'key-b' })
    await post({ ...fields, api_key: otherKey }, { 'idempotency-key': 'key-b' })
    expect(await requestsSaying('Posted thrice')).toBe(3)
  })

  it('four posts with one key at the same moment store one request and all get its reference', async () => {
    const fields = { api_key: apiKey, ...POTHOLE, description: 'Four at once' }
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => post(fields, { 'idempotency-key': 'same-moment' })),
    )
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201])
    expect(new Set(answers.map((a) => a.body[0].service_request_id)).size).toBe(1)
    expect(await requestsSaying('Four at once')).toBe(1)
  })

  it('a key that is not one is refused, naming the header, and nothing is stored', async () => {
    const answer = await post(
      { api_key: apiKey, ...POTHOLE, description: 'Bad key header' },
      { 'idempotency-key': 'two words' },
    )
    expect(answer.status).toBe(400)
    expect(answer.body[0].description).toContain('Idempotency-Key')
    expect(await requestsSaying('Bad key header')).toBe(0)
  })
})

describe('storage that fails answers 503 and keeps nothing', () => {
  const photosDir = () => path.join(harness.dataDir, 'request-photos')
  /** The photo folder replaced by a file: no process, root included, can write into it. */
  const breakStorage = async () => {
    await rm(photosDir(), { recursive: true, force: true })
    await writeFile(photosDir(), 'not a folder')
  }
  const mendStorage = async () => {
    await rm(photosDir(), { force: true })
    await mkdir(photosDir(), { recursive: true })
  }
  /** Noisy, so that it is a photo's size (mail keeps images under 20 KB as files, not photos). */
  const photo = () =>
    sharp(
      Buffer.alloc(320 * 240 * 3).map(() => Math.floor(Math.random() * 256)),
      {
        raw: { width: 320, height: 240, channels: 3 },
      },
    )
      .jpeg({ quality: 90 })
      .toBuffer()
  const withPhoto = async (fields: Record<string, string>) => {
    const form = new FormData()
    for (const [name, value] of Object.entries(fields)) form.append(name, value)
    form.append('media', new Blob([new Uint8Array(await photo())], { type: 'image/jpeg' }), 'p.jpg')
    return form
  }

  it('Open311 and the site form: 503 with Retry-After, no request, no history; later, 201', async () => {
    const events = async () =>
      (await harness.payload.count({ collection: SERVICE_REQUEST_EVENTS, overrideAccess: true }))
        .totalDocs
    const before = await events()
    await breakStorage()
    try {
      const fields = { api_key: apiKey, ...POTHOLE, description: 'Disk is broken' }
      const app = await harness.rest('POST', '/open311/v2/requests.json', {
        body: await withPhoto(fields),
        headers: { 'x-forwarded-for': '198.51.100.91' },
      })
      expect(app.status).toBe(503)
      expect(app.headers.get('retry-after')).toBe('60')
      expect(app.body[0].description).toMatch(/could not be stored/)
      const form = await harness.rest('POST', '/service-requests/form', {
        body: await withPhoto({
          ...POTHOLE,
          description: 'Disk is broken',
          language: 'fr',
          confirm_new: 'yes',
        }),
        headers: { 'x-forwarded-for': '198.51.100.92' },
      })
      expect(form.status).toBe(503)
      expect(form.headers.get('retry-after')).toBe('60')
      expect(String(form.body)).toContain('rien n’a été enregistré')
      expect(await requestsSaying('Disk is broken')).toBe(0)
      expect(await events()).toBe(before)
    } finally {
      await mendStorage()
    }
    const again = await harness.rest('POST', '/open311/v2/requests.json', {
      body: await withPhoto({ api_key: apiKey, ...POTHOLE, description: 'Disk is broken' }),
      headers: { 'x-forwarded-for': '198.51.100.91' },
    })
    expect(again.status).toBe(201)
    expect(await requestsSaying('Disk is broken')).toBe(1)
  })

  it('mail to 311 with a photo is deferred (451) and nothing of it is kept', async () => {
    const cases = async () =>
      (await harness.payload.count({ collection: CORRESPONDENCE, overrideAccess: true })).totalDocs
    const before = await cases()
    await breakStorage()
    try {
      const code = await inbound!
        .mailer()
        .sendMail({
          from: 'resident@example.ca',
          to: '311@city.example',
          subject: 'Pothole at 123 Main Street',
          text: 'A large pothole at 123 Main Street. Photo attached.',
          attachments: [
            { filename: 'hole.jpg', content: await photo(), contentType: 'image/jpeg' },
          ],
        })
        .then(
          () => 250,
          (error: { responseCode?: number }) => error.responseCode ?? 0,
        )
      expect(code).toBe(451)
    } finally {
      await mendStorage()
    }
    expect(
      await requestsSaying(
        'Pothole at 123 Main Street\n\nA large pothole at 123 Main Street. Photo attached.',
      ),
    ).toBe(0)
    expect(await cases()).toBe(before)
  })
})
