import { existsSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MEDIA } from '../cms/core/slugs'
import { pdfFile, pngFile } from './helpers/fixtures'
import { type Harness, startHarness } from './helpers/harness'

let harness: Harness
beforeAll(async () => {
  harness = await startHarness()
})
afterAll(async () => harness?.close())

const writer = () => harness.user('writer@city.example')
const upload = (
  data: Record<string, unknown>,
  file: { data: Buffer; mimetype: string; name: string; size: number },
) =>
  harness.payload.create({
    collection: MEDIA,
    data: data as never,
    file,
    user: writer(),
    overrideAccess: false,
  })

describe('media uploads', () => {
  it('an image needs alt text, and the error names the field', async () => {
    await expect(upload({}, await pngFile('no-alt.png'))).rejects.toMatchObject({
      status: 400,
      data: {
        errors: [
          expect.objectContaining({
            path: 'alt',
            message: expect.stringMatching(/Alt text is required/),
          }),
        ],
      },
    })
  })

  it('alt text over 250 characters is refused', async () => {
    await expect(
      upload({ alt: 'x'.repeat(251) }, await pngFile('long-alt.png')),
    ).rejects.toMatchObject({ status: 400 })
  })

  it('an image with alt text is stored with WebP sizes made by sharp', async () => {
    const doc = await upload({ alt: 'A blue rectangle' }, await pngFile('blue.png'))
    expect(doc.mimeType).toBe('image/png')
    expect(doc.width).toBe(1200)
    const thumbnail = doc.sizes?.thumbnail
    expect(thumbnail?.mimeType).toBe('image/webp')
    expect(thumbnail?.width).toBe(400)
    expect(doc.sizes?.card?.width).toBe(800)
    // Never enlarged: the 1600-pixel hero of a 1200-pixel original stays 1200 wide.
    expect(doc.sizes?.hero?.width).toBe(1200)
    expect(existsSync(path.join(process.env.MEDIA_DIR!, doc.filename!))).toBe(true)
    expect(existsSync(path.join(process.env.MEDIA_DIR!, thumbnail!.filename!))).toBe(true)
  })

  it('a PDF needs no alt text', async () => {
    const doc = await upload({}, pdfFile())
    expect(doc.mimeType).toBe('application/pdf')
  })

  it('SVG and HTML are refused: they can carry script', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    )
    await expect(
      upload(
        { alt: 'x' },
        { data: svg, mimetype: 'image/svg+xml', name: 'x.svg', size: svg.length },
      ),
    ).rejects.toMatchObject({ status: 400 })
    const html = Buffer.from('<html><script>alert(1)</script></html>')
    await expect(
      upload(
        { alt: 'x' },
        { data: html, mimetype: 'text/html', name: 'x.html', size: html.length },
      ),
    ).rejects.toMatchObject({ status: 400 })
  })
})
