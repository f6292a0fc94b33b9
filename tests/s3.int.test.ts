import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import type { Server } from 'node:http'
import path from 'node:path'

import { GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { EMERGENCY_BULLETINS, MEDIA, MEDIA_RELEASES } from '../cms/core/slugs'
import { publishSiteToBucket } from '../cms/publishing/bucket'
import { rebuildSite } from '../cms/publishing/task'
import { currentSettings, type S3Settings } from '../cms/settings'
import { s3Client } from '../cms/storage/s3'
import { bucketSource } from '../site/server/bucketSource'
import { createSiteServer } from '../site/server/staticServer'
import { pdfFile, pngFile, validContent } from './helpers/fixtures'
import { type Harness, startHarness } from './helpers/harness'
import { startS3 } from './helpers/s3'
import { publishReleaseThroughWorkflow } from './helpers/seedData'

/**
 * Uploads and the public site in an S3-compatible bucket (s3rver on loopback): private files stay
 * private, a build switches whole or not at all, and the emergency files reach the bucket at once.
 */
let s3: Awaited<ReturnType<typeof startS3>>
let harness: Harness
let settings: S3Settings
let server: Server
let site = ''

const keys = async (prefix: string) =>
  (
    (
      await s3Client(settings).send(
        new ListObjectsV2Command({ Bucket: settings.bucket, Prefix: prefix }),
      )
    ).Contents ?? []
  ).map((item) => item.Key!)

const object = async (key: string) =>
  (
    await s3Client(settings).send(new GetObjectCommand({ Bucket: settings.bucket, Key: key }))
  ).Body!.transformToString()

beforeAll(async () => {
  s3 = await startS3()
  // The test builds the site itself: the jobs queue must not build it in the background meanwhile.
  harness = await startHarness({ env: s3.env, holdJobs: true })
  settings = currentSettings().s3!
  server = createSiteServer(
    bucketSource(s3Client(settings), settings.bucket, settings.sitePrefix),
    'http://127.0.0.1:3000',
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  site = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
}, 360_000)

afterAll(async () => {
  await new Promise<void>((resolve) => server?.close(() => resolve()))
  await harness?.close()
  await s3?.close()
})

describe('uploads', () => {
  it('go to the bucket, not the disk, and are served through the CMS with its access rules', async () => {
    const writer = harness.user('writer@city.example')
    const image = await harness.payload.create({
      collection: MEDIA,
      data: { alt: 'A blue rectangle', audience: 'public' } as never,
      file: await pngFile('bucket-blue.png'),
      user: writer,
      overrideAccess: false,
    })
    const internal = await harness.payload.create({
      collection: MEDIA,
      data: { audience: 'internal' } as never,
      file: pdfFile('staff-only-budget.pdf'),
      user: writer,
      overrideAccess: false,
    })
    const stored = await keys(`${settings.mediaPrefix}/`)
    expect(stored).toContain(`${settings.mediaPrefix}/bucket-blue.png`)
    expect(stored.some((k) => /bucket-blue-400x300\.webp$/.test(k))).toBe(true)
    expect(stored).toContain(`${settings.mediaPrefix}/staff-only-budget.pdf`)
    expect(existsSync(path.join(process.env.MEDIA_DIR!, 'bucket-blue.png'))).toBe(false)
    // The address people get is the CMS's, which checks access on every request.
    expect(image.url).toMatch(/^http:\/\/127\.0\.0\.1:3000\/api\/media\/file\/bucket-blue\.png/)

    const publicFile = await harness.rest('GET', '/media/file/bucket-blue.png')
    expect(publicFile.status).toBe(200)
    expect(publicFile.headers.get('content-type')).toBe('image/png')
    expect([403, 404]).toContain(
      (await harness.rest('GET', '/media/file/staff-only-budget.pdf')).status,
    )
    const asStaff = await harness.rest('GET', '/media/file/staff-only-budget.pdf', {
      as: 'writer@city.example',
    })
    expect(asStaff.status).toBe(200)
    expect(internal.filename).toBe('staff-only-budget.pdf')
  })
})

describe('the public site in the bucket', () => {
  it('is published whole: pages, feeds and media through the pointer, served by any site server', async () => {
    await publishReleaseThroughWorkflow(harness, 'Splash pads open for the summer')
    const report = await rebuildSite(harness.payload, 'bucket test', harness.key)
    expect(report.bucket?.files).toBeGreaterThan(10)
    // A fresh bucket holds nothing yet: every distinct content is uploaded once (the two empty
    // banner files, English and French, are one object).
    expect(report.bucket?.uploaded).toBe(report.bucket!.files - 1)
    const pointer = JSON.parse(await object(`${settings.sitePrefix}current.json`))
    expect(pointer.build).toBe(path.basename(report.dir))

    const home = await fetch(`${site}/`)
    expect(home.status).toBe(200)
    expect(await home.text()).toContain('Splash pads open for the summer')
    const page = await fetch(`${site}/news/splash-pads-open-for-the-summer/`)
    expect(page.status).toBe(200)
    expect((await fetch(`${site}/feeds/all.xml`)).status).toBe(200)
    expect((await fetch(`${site}/news/no-such-item/`)).status).toBe(404)
    const folder = await fetch(`${site}/news`, { redirect: 'manual' })
    expect(folder.status).toBe(301)
    expect(folder.headers.get('location')).toBe('/news/')
    const etag = page.headers.get('etag')!
    expect(
      (
        await fetch(`${site}/news/splash-pads-open-for-the-summer/`, {
          headers: { 'if-none-match': etag },
        })
      ).status,
    ).toBe(304)
  }, 360_000)

  it('uploads only what changed at the next build', async () => {
    await publishReleaseThroughWorkflow(harness, 'Leaf collection dates announced')
    const report = await rebuildSite(harness.payload, 'second build', harness.key)
    expect(report.bucket!.uploaded).toBeGreaterThan(0)
    // The stylesheets, scripts, images and unchanged pages are already there.
    expect(report.bucket!.uploaded).toBeLessThan(report.bucket!.files / 2)
    expect(await (await fetch(`${site}/`)).text()).toContain('Leaf collection dates announced')
  }, 360_000)

  it('readers see the previous build until the pointer moves, and keep it if publishing fails', async () => {
    const before = await (await fetch(`${site}/`)).text()
    const folder = path.join(harness.dataDir, 'half-site')
    await mkdir(path.join(folder, 'news'), { recursive: true })
    await writeFile(path.join(folder, 'index.html'), '<h1>A build that must never be seen</h1>')
    await writeFile(path.join(folder, '404.html'), '<h1>Missing</h1>')
    let servedMeanwhile = ''
    await expect(
      publishSiteToBucket(settings, folder, 'broken-build', new Date(), async () => {
        // Everything of the new build is in the bucket; the pointer has not moved.
        servedMeanwhile = await (await fetch(`${site}/`)).text()
        throw new Error('the network went down before the switch')
      }),
    ).rejects.toThrow('network went down')
    expect(servedMeanwhile).toBe(before)
    await new Promise((resolve) => setTimeout(resolve, 1100)) // past the reader's pointer cache
    expect(await (await fetch(`${site}/`)).text()).toBe(before)
  })
})

describe('emergency files', () => {
  it('are in the bucket when the urgent publish answers, and the site server serves them', async () => {
    const officer = 'emergency@city.example'
    const created = await harness.rest('POST', `/${EMERGENCY_BULLETINS}`, {
      as: officer,
      body: validContent(EMERGENCY_BULLETINS, 'Boil water advisory for the east end'),
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const answer = await harness.rest(
      'POST',
      `/${EMERGENCY_BULLETINS}/${created.body.doc.id}/workflow`,
      { as: officer, body: { action: 'urgent-publish', comment: 'Now.' } },
    )
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    // Written during the act itself: there when the officer gets the answer (bench/ times it).
    const live = JSON.parse(await object(`${settings.sitePrefix}live/emergency/active.json`))
    expect(live.alerts.map((a: { title: string }) => a.title)).toContain(
      'Boil water advisory for the east end',
    )
    const served = await fetch(`${site}/emergency/active.json`)
    expect(served.headers.get('cache-control')).toBe('public, max-age=5, must-revalidate')
    expect(await served.text()).toContain('Boil water advisory for the east end')
    expect(await keys(`${settings.sitePrefix}live/emergency/cap/`)).toHaveLength(1)
    // Nothing of an unpublished or internal item is in the bucket.
    const everything = await keys(settings.sitePrefix)
    expect(everything.some((k) => k.includes(MEDIA_RELEASES))).toBe(false)
  })
})
