import { createServer, type Server } from 'node:http'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import {
  API_CLIENTS,
  CORRESPONDENCE_FILES,
  REQUEST_PHOTO_COPIES,
  REQUEST_PHOTOS,
  SERVICE_REQUEST_EVENTS,
  SERVICE_REQUESTS,
} from '../cms/core/slugs'
import { seedDemo311 } from '../cms/seed/seed'
import { type Harness, startHarness } from './helpers/harness'
import { startInbound } from './helpers/inbound'

/**
 * Reporters' photos: private as sent (with the camera's GPS position), a resized copy without any
 * metadata that the public sees only while staff approve it, from the form, Open311 (multipart
 * `media`; `media_url` kept and never fetched) and email attachments; staff attach photos only to
 * requests they work on.
 */
vi.setConfig({ testTimeout: 60_000 })
let harness: Harness
let inbound: Awaited<ReturnType<typeof startInbound>> | undefined
let apiKey = ''
const DESK = 'desk@city.example'
const ADMIN = 'admin@city.example'
const WRITER = 'writer@city.example'

beforeAll(async () => {
  harness = await startHarness()
  await seedDemo311(harness.payload)
  inbound = await startInbound(harness.payload)
  const created = await harness.rest('POST', `/${API_CLIENTS}`, {
    as: ADMIN,
    body: { name: 'Photo app', contact: 'dev@app.example', rateLimitPerHour: 1000 },
  })
  apiKey = created.body.doc.apiKey
})
afterAll(async () => {
  await inbound?.close()
  await harness?.close()
})

const ip = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}`

/** A camera's photo: large, noisy enough to be a real JPEG's size, with its make and GPS in EXIF. */
const cameraPhoto = (width = 3000, height = 2000) =>
  sharp(
    Buffer.alloc(width * height * 3).map(() => Math.floor(Math.random() * 256)),
    {
      raw: { width, height, channels: 3 },
    },
  )
    .jpeg({ quality: 70 })
    .withExif({
      IFD0: { Make: 'TestCam', Model: 'Serial 4242' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '42/1 18/1 3000/100' },
    })
    .toBuffer()

const formWith = (
  fields: Record<string, string>,
  files: { name: string; data: Buffer; type: string }[],
) => {
  const form = new FormData()
  for (const [k, v] of Object.entries(fields)) form.append(k, v)
  for (const f of files)
    form.append('media', new Blob([new Uint8Array(f.data)], { type: f.type }), f.name)
  return form
}

const POTHOLE = {
  service_code: 'POTHOLE',
  address_string: '123 Main Street',
  'attribute[size]': 'large',
  language: 'en',
}

const requestOf = async (reference: string) =>
  (
    await harness.payload.find({
      collection: SERVICE_REQUESTS,
      where: { reference: { equals: reference } },
      overrideAccess: true,
      depth: 0,
    })
  ).docs[0]!

const photosOf = async (requestId: number | string) =>
  (
    await harness.payload.find({
      collection: REQUEST_PHOTOS,
      where: { request: { equals: requestId } },
      sort: 'createdAt',
      overrideAccess: true,
      depth: 0,
    })
  ).docs

const copyOf = async (photoId: number | string) =>
  (
    await harness.payload.find({
      collection: REQUEST_PHOTO_COPIES,
      where: { photo: { equals: photoId } },
      overrideAccess: true,
      depth: 0,
    })
  ).docs[0]!

/** A file as the public (or a staff member) downloads it, with its bytes. */
const download = async (collection: string, filename: string, as?: string) => {
  const answer = await harness.rest('GET', `/${collection}/file/${encodeURIComponent(filename)}`, {
    as,
  })
  return answer
}

const fileBytes = async (collection: string, filename: string, as?: string) => {
  const { handleEndpoints } = await import('payload')
  const headers = new Headers()
  if (as) {
    const login = await harness.payload.login({
      collection: 'users',
      data: { email: as, password: (await import('../cms/seed/demoUsers')).DEMO_PASSWORD },
    })
    headers.set('authorization', `JWT ${login.token}`)
  }
  const response = await handleEndpoints({
    config: harness.payload.config,
    request: new Request(
      `http://localhost:3000/api/${collection}/file/${encodeURIComponent(filename)}`,
      { headers },
    ),
    payloadInstanceCacheKey: harness.key,
  })
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    bytes: Buffer.from(await response.arrayBuffer()),
  }
}

describe('a photo sent with the form', () => {
  let reference = ''
  let photo: Record<string, any>
  let copy: Record<string, any>

  it('is stored privately, named after the request, and nothing of it is public', async () => {
    const sent = await harness.rest('POST', `/${SERVICE_REQUESTS}/form`, {
      headers: { 'x-forwarded-for': ip() },
      body: formWith(POTHOLE, [
        { name: 'smith-backyard.jpg', data: await cameraPhoto(), type: 'image/jpeg' },
      ]),
    })
    expect(sent.status, sent.body).toBe(201)
    reference = /SR-\d{4}-\d{6}/.exec(sent.body)![0]
    const request = await requestOf(reference)
    const photos = await photosOf(request.id)
    expect(photos).toHaveLength(1)
    photo = photos[0]!
    expect(photo).toMatchObject({
      filename: `${reference}-1.jpg`,
      originalName: 'smith-backyard.jpg',
      origin: 'web',
      review: 'pending',
      mimeType: 'image/jpeg',
    })
    copy = await copyOf(photo.id)
    expect(copy).toMatchObject({ public: false, filename: `${reference}-1-public.webp` })

    expect((await download(REQUEST_PHOTOS, photo.filename)).status).toBe(403)
    expect((await download(REQUEST_PHOTO_COPIES, copy.filename)).status).toBe(403)
    expect((await harness.rest('GET', `/${REQUEST_PHOTOS}`)).status).toBe(403)
    expect((await harness.rest('GET', `/${REQUEST_PHOTO_COPIES}`)).body.totalDocs).toBe(0)
    const page = await harness.rest('GET', `/${SERVICE_REQUESTS}/track/${reference}`)
    expect(page.body).not.toContain('<img')
    const open311 = await harness.rest('GET', `/open311/v2/requests/${reference}.json`)
    expect(open311.body[0].media_url).toBe('')
    // Staff on the request see the original as sent, with its EXIF.
    const original = await fileBytes(REQUEST_PHOTOS, photo.filename, DESK)
    expect(original.status).toBe(200)
    const exif = (await sharp(original.bytes).metadata()).exif
    expect(exif?.includes(Buffer.from('TestCam'))).toBe(true)
    // Staff of another department see neither the original nor the copy before approval.
    expect((await fileBytes(REQUEST_PHOTOS, photo.filename, WRITER)).status).toBe(403)
    expect((await fileBytes(REQUEST_PHOTO_COPIES, copy.filename, WRITER)).status).toBe(403)
  })

  it('shows, once approved, as a resized copy without EXIF or GPS; withdrawn, it is private again', async () => {
    // Only staff who work on the request may approve it.
    const refused = await harness.rest('PATCH', `/${REQUEST_PHOTOS}/${photo.id}`, {
      as: WRITER,
      body: { review: 'approved' },
    })
    expect(refused.status).toBe(403)
    const approved = await harness.rest('PATCH', `/${REQUEST_PHOTOS}/${photo.id}`, {
      as: DESK,
      body: { review: 'approved', alt: 'A deep pothole in the right lane', request: 999999 },
    })
    expect(approved.status).toBe(200)
    // The photo stays on its request whatever the update says; the review records who and when.
    const request = await requestOf(reference)
    const reviewed = await harness.payload.findByID({
      collection: REQUEST_PHOTOS,
      id: photo.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(reviewed).toMatchObject({
      review: 'approved',
      request: request.id,
      reviewedBy: harness.user(DESK).id,
      reviewedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    })
    expect(Date.now() - Date.parse(String(reviewed.reviewedAt))).toBeLessThan(60_000)

    const file = await fileBytes(REQUEST_PHOTO_COPIES, copy.filename)
    expect(file.status).toBe(200)
    expect(file.type).toBe('image/webp')
    const meta = await sharp(file.bytes).metadata()
    expect(Math.max(meta.width!, meta.height!)).toBe(1280)
    expect(meta.exif).toBeUndefined()
    expect(meta.icc).toBeUndefined()
    expect(file.bytes.includes(Buffer.from('TestCam'))).toBe(false)
    expect(file.bytes.includes(Buffer.from('Serial 4242'))).toBe(false)
    // The original stays private.
    expect((await download(REQUEST_PHOTOS, photo.filename)).status).toBe(403)

    const page = await harness.rest('GET', `/${SERVICE_REQUESTS}/track/${reference}`)
    expect(page.body).toContain(`/api/${REQUEST_PHOTO_COPIES}/file/${copy.filename}`)
    expect(page.body).toContain('alt="A deep pothole in the right lane"')
    expect(page.body).not.toContain('smith-backyard')
    const fr = await harness.rest('GET', `/${SERVICE_REQUESTS}/track/${reference}?lang=fr`)
    expect(fr.body).toContain('alt="Photo 1 envoyée avec ce signalement"')
    const open311 = await harness.rest('GET', `/open311/v2/requests/${reference}.json`)
    expect(open311.body[0].media_url).toMatch(
      new RegExp(`/api/${REQUEST_PHOTO_COPIES}/file/${copy.filename}$`),
    )
    const events = await harness.payload.find({
      collection: SERVICE_REQUEST_EVENTS,
      where: { action: { equals: 'photo' } },
      overrideAccess: true,
    })
    expect(events.docs[0]).toMatchObject({
      public: false,
      details: expect.stringContaining('approved'),
    })

    const withdrawn = await harness.rest('PATCH', `/${REQUEST_PHOTOS}/${photo.id}`, {
      as: DESK,
      body: { review: 'rejected' },
    })
    expect(withdrawn.status).toBe(200)
    expect((await download(REQUEST_PHOTO_COPIES, copy.filename)).status).toBe(403)
    expect(
      (await harness.rest('GET', `/open311/v2/requests/${reference}.json`)).body[0].media_url,
    ).toBe('')
  })

  it('refuses a file that is not a photo, naming the field, and stores nothing', async () => {
    const before = await harness.payload.count({
      collection: SERVICE_REQUESTS,
      overrideAccess: true,
    })
    const sent = await harness.rest('POST', `/${SERVICE_REQUESTS}/form`, {
      headers: { 'x-forwarded-for': ip() },
      body: formWith(POTHOLE, [
        {
          name: 'photo.jpg',
          data: Buffer.from('<html><script>x</script></html>'),
          type: 'image/jpeg',
        },
      ]),
    })
    expect(sent.status).toBe(400)
    expect(sent.body).toContain(
      '<strong>Photos (optional, up to 3)</strong>: Send photos as JPEG, PNG or WebP',
    )
    const four = await harness.rest('POST', `/${SERVICE_REQUESTS}/form`, {
      headers: { 'x-forwarded-for': ip() },
      body: formWith(
        POTHOLE,
        await Promise.all(
          [1, 2, 3, 4].map(async (n) => ({
            name: `p${n}.png`,
            data: await sharp({
              create: { width: 20, height: 20, channels: 3, background: '#555' },
            })
              .png()
              .toBuffer(),
            type: 'image/png',
          })),
        ),
      ),
    })
    expect(four.status).toBe(400)
    expect(four.body).toContain('Send at most 3 photos with one report.')
    expect(
      await harness.payload.count({ collection: SERVICE_REQUESTS, overrideAccess: true }),
    ).toEqual(before)
  })

  it('refuses a form larger than three photos can be before reading it', async () => {
    const sent = await harness.rest('POST', `/${SERVICE_REQUESTS}/form`, {
      headers: { 'x-forwarded-for': ip() },
      body: formWith(POTHOLE, [
        { name: 'huge.jpg', data: Buffer.alloc(31 * 1024 * 1024, 1), type: 'image/jpeg' },
      ]),
    })
    expect(sent.status).toBe(413)
    expect(sent.body).toContain('send up to 3 photos under 10 MB each')
  })
})

describe('photos from apps and email', () => {
  it('Open311: media_url is kept for staff and never fetched nor shown; a multipart media file becomes a photo', async () => {
    let hits = 0
    const server: Server = createServer((_req, res) => {
      hits++
      res.end('x')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const port = (server.address() as { port: number }).port
    try {
      // An address on the City's own network is refused as a link staff would click (the one URL
      // reader), and not fetched either.
      const internal = await harness.rest('POST', '/open311/v2/requests.json', {
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          api_key: apiKey,
          ...POTHOLE,
          address_string: '12 Ouellette Avenue',
          media_url: `http://127.0.0.1:${port}/internal-admin/photo.jpg`,
        }).toString(),
      })
      expect(internal.status).toBe(400)
      expect(internal.body[0].description).toMatch(/^media_url: 127\.0\.0\.1 is not a public/)
      const posted = await harness.rest('POST', '/open311/v2/requests.json', {
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          api_key: apiKey,
          ...POTHOLE,
          address_string: '12 Ouellette Avenue',
          media_url: 'https://photos.app.example/p/IMG_0001.jpg',
        }).toString(),
      })
      expect(posted.status).toBe(201)
      const reference = posted.body[0].service_request_id
      await new Promise((resolve) => setTimeout(resolve, 200))
      expect(hits).toBe(0)
      expect((await requestOf(reference)).mediaUrl).toBe(
        'https://photos.app.example/p/IMG_0001.jpg',
      )
      const view = await harness.rest('GET', `/open311/v2/requests/${reference}.json`)
      expect(view.body[0].media_url).toBe('')
      const bad = await harness.rest('POST', '/open311/v2/requests.json', {
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          api_key: apiKey,
          ...POTHOLE,
          media_url: 'file:///etc/passwd',
        }).toString(),
      })
      expect(bad.status).toBe(400)
      expect(bad.body[0].description).toMatch(/^media_url: /)
    } finally {
      server.close()
    }
    const multipart = await harness.rest('POST', '/open311/v2/requests.json', {
      body: formWith({ api_key: apiKey, ...POTHOLE, address_string: '14 Ouellette Avenue' }, [
        { name: 'IMG_0001.JPG', data: await cameraPhoto(800, 600), type: 'image/jpeg' },
      ]),
    })
    expect(multipart.status).toBe(201)
    const request = await requestOf(multipart.body[0].service_request_id)
    expect(await photosOf(request.id)).toMatchObject([{ origin: 'app', review: 'pending' }])
  })

  it('email to 311: attached photos join the request privately; a signature logo and a PDF are kept as files', async () => {
    const logo = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#036' } })
      .png()
      .toBuffer()
    await inbound!.mailer().sendMail({
      from: 'Lee Walker <lee@example.ca>',
      to: '311@city.example',
      subject: 'Pothole',
      text: 'A pothole in front of 88 Ouellette Avenue. Photo attached.',
      messageId: '<photo.lee@example.ca>',
      attachments: [
        {
          filename: 'IMG_2041.jpg',
          content: await cameraPhoto(1600, 1200),
          contentType: 'image/jpeg',
        },
        { filename: 'logo.png', content: logo, contentType: 'image/png' },
        {
          filename: 'notes.pdf',
          content: Buffer.from('%PDF-1.4\n%%EOF\n'),
          contentType: 'application/pdf',
        },
      ],
    })
    const { docs } = await harness.payload.find({
      collection: SERVICE_REQUESTS,
      where: { messageId: { equals: '<photo.lee@example.ca>' } },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    const photos = await photosOf(docs[0]!.id)
    expect(photos).toMatchObject([
      { origin: 'email', originalName: 'IMG_2041.jpg', filename: `${docs[0]!.reference}-1.jpg` },
    ])
    const files = await harness.payload.find({
      collection: CORRESPONDENCE_FILES,
      where: { originalName: { in: ['logo.png', 'notes.pdf'] } },
      overrideAccess: true,
    })
    expect(files.totalDocs).toBe(2)
    const events = await harness.payload.find({
      collection: SERVICE_REQUEST_EVENTS,
      where: { request: { equals: docs[0]!.id } },
      overrideAccess: true,
    })
    expect(events.docs.map((e) => e.details).join(' ')).toContain(
      'other attachments kept privately',
    )
  })
})

describe('staff attach photos in the admin', () => {
  const upload = (as: string, requestId: unknown, data: Buffer) => {
    const form = new FormData()
    form.append('_payload', JSON.stringify({ request: requestId }))
    form.append('file', new Blob([new Uint8Array(data)], { type: 'image/jpeg' }), 'counter.jpg')
    return harness.rest('POST', `/${REQUEST_PHOTOS}`, { as, body: form })
  }

  it('to a request they work on, named after it; not to another department’s', async () => {
    const sent = await harness.rest('POST', `/${SERVICE_REQUESTS}/form`, {
      headers: { 'x-forwarded-for': ip() },
      body: formWith({ ...POTHOLE, address_string: '20 King Street' }, []),
    })
    const reference = /SR-\d{4}-\d{6}/.exec(sent.body)![0]
    const request = await requestOf(reference)
    const photo = await cameraPhoto(640, 480)
    expect((await upload(WRITER, request.id, photo)).status).toBe(403)
    const added = await upload(DESK, request.id, photo)
    expect(added.status).toBe(201)
    expect(added.body.doc).toMatchObject({
      filename: `${reference}-1.jpg`,
      origin: 'staff',
      originalName: 'counter.jpg',
    })
    expect(await copyOf(added.body.doc.id)).toMatchObject({ public: false })
    // Deleting the request takes its photos and their copies with it.
    const deleted = await harness.rest('DELETE', `/${SERVICE_REQUESTS}/${request.id}`, {
      as: ADMIN,
    })
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200)
    expect(await photosOf(request.id)).toHaveLength(0)
    expect(
      await harness.payload.count({
        collection: REQUEST_PHOTO_COPIES,
        where: { request: { equals: request.id } },
        overrideAccess: true,
      }),
    ).toEqual({ totalDocs: 0 })
  })
})
