import { readdir } from 'node:fs/promises'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MEDIA } from '../../cms/core/slugs'
import { DEMO_PASSWORD } from '../../cms/seed/demoUsers'
import { MAX_UPLOAD_BYTES } from '../../cms/uploads/guardUpload'
import { pdfFile, pngFile } from '../helpers/fixtures'
import { type Harness, startHarness } from '../helpers/harness'

/**
 * Uploads as a browser sends them (multipart through Payload's REST handler): only images and PDFs,
 * bytes that match the name and type, a size limit that answers 413, safe file names, image bombs refused
 * quickly, no fetching from pasted URLs, and files served so a browser cannot be tricked into running them.
 */
let harness: Harness
let token = ''
beforeAll(async () => {
  harness = await startHarness()
  token = (
    await harness.rest('POST', '/users/login', {
      body: { email: 'writer@city.example', password: DEMO_PASSWORD },
      headers: { 'x-forwarded-for': '203.0.113.90' },
    })
  ).body.token
})
afterAll(async () => harness?.close())

const send = async (
  method: string,
  path: string,
  body?: BodyInit,
  headers: Record<string, string> = {},
) => {
  const { handleEndpoints } = await import('payload')
  const response = await handleEndpoints({
    config: harness.payload.config,
    request: new Request(`http://localhost:3000/api${path}`, {
      method,
      body,
      headers: { authorization: `JWT ${token}`, ...headers },
    }),
    payloadInstanceCacheKey: harness.key,
  })
  const text = await response.text()
  let json: any = null
  try {
    json = JSON.parse(text)
  } catch {
    // a file
  }
  return { status: response.status, headers: response.headers, json, text }
}
const upload = (
  bytes: Uint8Array,
  name: string,
  type: string,
  fields: Record<string, string> = { alt: 'A test image' },
) => {
  const form = new FormData()
  form.append('file', new Blob([Buffer.from(bytes)], { type }), name)
  form.append('_payload', JSON.stringify(fields))
  return send('POST', `/${MEDIA}`, form)
}
const message = (answer: { json: any }) => JSON.stringify(answer.json)

describe('what may be uploaded', () => {
  it('an image and a PDF are accepted', async () => {
    expect((await upload((await pngFile()).data, 'ok.png', 'image/png')).status).toBe(201)
    expect((await upload(pdfFile().data, 'ok.pdf', 'application/pdf', {})).status).toBe(201)
  })

  it('SVG is refused (it can carry script)', async () => {
    const svg = new TextEncoder().encode(
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>',
    )
    const answer = await upload(svg, 'logo.svg', 'image/svg+xml')
    expect(answer.status).toBe(400)
  })

  it('an HTML page named photo.png and sent as image/png is refused', async () => {
    const answer = await upload(
      new TextEncoder().encode('<!doctype html><script>alert(document.cookie)</script>'),
      'photo.png',
      'image/png',
    )
    expect(answer.status).toBe(400)
    expect(message(answer)).toMatch(/not an image/)
  })

  it('a PNG sent as a PDF, or named .pdf, is refused with what to do', async () => {
    const png = (await pngFile()).data
    expect(message(await upload(png, 'report.pdf', 'application/pdf', {}))).toMatch(
      /sent as application\/pdf but its contents are image\/png/,
    )
    expect(message(await upload(png, 'photo.pdf', 'image/png'))).toMatch(
      /Rename it to end in \.png/,
    )
  })

  it(`a file over ${MAX_UPLOAD_BYTES / 1024 / 1024} MB answers 413 and nothing is stored`, async () => {
    const before = (await harness.payload.count({ collection: MEDIA, overrideAccess: true }))
      .totalDocs
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1024 * 1024)
    big.set((await pngFile()).data)
    const answer = await upload(big, 'huge.png', 'image/png')
    expect(answer.status).toBe(413)
    expect(
      (await harness.payload.count({ collection: MEDIA, overrideAccess: true })).totalDocs,
    ).toBe(before)
  })

  it('a small image claiming 64 megapixels (past the 50 MP limit: a decompression bomb) is refused quickly', async () => {
    const bomb = await sharp({
      create: { width: 8_000, height: 8_000, channels: 3, background: { r: 0, g: 0, b: 0 } },
    })
      .png({ compressionLevel: 9 })
      .toBuffer()
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024)
    const answer = await upload(bomb, 'bomb.png', 'image/png')
    expect(answer.status).toBe(400)
    expect(message(answer)).toMatch(/8000 × 8000 pixels \(64 megapixels\); the limit is 50/)
  }, 90_000)

  it('a hostile file name is made safe', async () => {
    const answer = await upload(
      (await pngFile()).data,
      '../../etc/<script>evil name.png',
      'image/png',
    )
    expect(answer.status).toBe(201)
    const filename = answer.json.doc.filename as string
    expect(filename).not.toMatch(/[/\\<>]/)
    expect(filename.endsWith('.png')).toBe(true)
    expect(await readdir(process.env.MEDIA_DIR!)).toContain(filename)
  })
})

describe('uploads from a URL', () => {
  it.each([
    'http://169.254.169.254/latest/meta-data/',
    'http://127.0.0.1:3000/api/users',
    'http://10.0.0.1/',
    'https://example.com/x.png',
  ])('are off: %s is never fetched', async (src) => {
    const answer = await send('GET', `/${MEDIA}/paste-url?src=${encodeURIComponent(src)}`)
    expect(answer.status).toBeGreaterThanOrEqual(400)
  })
})

describe('serving files', () => {
  it('with nosniff and a sandboxing CSP; PDFs as attachments', async () => {
    const image = await upload((await pngFile()).data, 'served.png', 'image/png')
    const png = await send('GET', `/${MEDIA}/file/${image.json.doc.filename}`)
    expect(png.status).toBe(200)
    expect(png.headers.get('x-content-type-options')).toBe('nosniff')
    expect(png.headers.get('content-security-policy')).toContain('sandbox')
    const pdf = await upload(pdfFile('served.pdf').data, 'served.pdf', 'application/pdf', {})
    const served = await send('GET', `/${MEDIA}/file/${pdf.json.doc.filename}`)
    expect(served.headers.get('content-disposition')).toMatch(/^attachment/)
  })
})
