import { gzipSync } from 'node:zlib'

import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { demoAddresses } from '../cms/addresses/core/demoCity'
import { signedIn, waitForSiteBuild } from './helpers/api'
import { expectNoAxeViolations } from './helpers/axe'
import { launchBrowser } from './helpers/browser'
import { startPushService } from './helpers/pushService'
import { usePushStub } from './helpers/pushStub'
import { type RunningCms, startCms } from './helpers/server'

/**
 * The 311 app as a resident meets it in Chromium: installable (its manifest and icons), opening
 * without a signal after a first visit, a pothole reported with a photo and the phone's location
 * while offline, kept on the device, sent once when the connection returns, and listed under
 * "My reports" with its reference.
 */
let cms: RunningCms
let browser: Browser
let push: Awaited<ReturnType<typeof startPushService>>
const main = demoAddresses().find((a) => a.street === 'Main Street' && a.number === '123')!

beforeAll(async () => {
  // A local HTTPS push service the CMS may send to (its certificate trusted via NODE_EXTRA_CA_CERTS).
  push = await startPushService()
  cms = await startCms({ PUSH_SERVICE_HOSTS: push.hostEntry })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await cms?.stop()
  await push?.close()
})

/** Waits until the service worker controls nothing yet but has kept the app's pages. */
const appKept = (page: Page) =>
  page.waitForFunction(
    async () => {
      await navigator.serviceWorker.ready
      const cache = await caches.open('civic-311-app-v1')
      return Boolean((await cache.match('/app/')) && (await cache.match('/fr/app/')))
    },
    undefined,
    { timeout: 60_000 },
  )

describe('the 311 app', () => {
  it('installs (manifest, icons), and its pages pass axe in both languages with a shell under 200 KB compressed', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${cms.siteUrl}/311/`)
    await page.getByRole('link', { name: 'Get the 311 app' }).click()
    await page.waitForURL(`${cms.siteUrl}/app/`)
    expect(await page.locator('html').getAttribute('lang')).toBe('en-CA')
    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href')
    expect(manifestHref).toBe('/app/manifest.webmanifest')
    const answer = await fetch(`${cms.siteUrl}${manifestHref}`)
    expect(answer.headers.get('content-type')).toBe('application/manifest+json')
    const manifest = await answer.json()
    expect(manifest).toMatchObject({
      short_name: '311',
      start_url: '/app/',
      scope: '/app/',
      display: 'standalone',
      lang: 'en-CA',
      theme_color: '#0b3d91',
    })
    expect(manifest.name).toMatch(/^311 app – /)
    // Each icon is a PNG of the size it claims (Android installs need 192 and 512).
    const sizes: string[] = []
    for (const icon of manifest.icons) {
      const png = Buffer.from(await (await fetch(`${cms.siteUrl}${icon.src}`)).arrayBuffer())
      const meta = await sharp(png).metadata()
      expect(`${meta.format} ${meta.width}x${meta.height}`).toBe(`png ${icon.sizes}`)
      sizes.push(`${icon.sizes} ${icon.purpose}`)
    }
    expect(sizes).toEqual(['192x192 any', '512x512 any', '512x512 maskable'])
    const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href')
    expect(
      (
        await sharp(
          Buffer.from(await (await fetch(`${cms.siteUrl}${apple}`)).arrayBuffer()),
        ).metadata()
      ).width,
    ).toBe(180)
    await expectNoAxeViolations(page, 'app')
    await page.getByRole('radio', { name: 'Pothole' }).check()
    await page.getByRole('radio', { name: 'Wider than a tire' }).waitFor()
    await expectNoAxeViolations(page, 'app with a problem chosen')
    await page.goto(`${cms.siteUrl}/fr/app/`)
    expect(await page.locator('html').getAttribute('lang')).toBe('fr-CA')
    expect(await page.locator('h1').textContent()).toBe('Signaler un problème')
    // Accents and hyphens do not matter to the search.
    await page.getByRole('searchbox', { name: 'Chercher un problème' }).fill('nid de poule')
    await page.locator('#service-count', { hasText: '1 problème correspond.' }).waitFor()
    expect(await page.getByRole('radio', { name: 'Nid-de-poule' }).isVisible()).toBe(true)
    expect(await page.getByRole('radio', { name: 'Graffiti' }).isVisible()).toBe(false)
    await expectNoAxeViolations(page, 'fr: app')
    // The whole shell the worker keeps (both pages, the stylesheet, the scripts, the icons).
    await appKept(page)
    const kept: { url: string; body: number[] }[] = await page.evaluate(async () => {
      const cache = await caches.open('civic-311-app-v1')
      return Promise.all(
        (await cache.keys()).map(async (request) => ({
          url: request.url,
          body: [...new Uint8Array(await (await cache.match(request))!.arrayBuffer())],
        })),
      )
    })
    const names = kept.map((k) => new URL(k.url).pathname)
    expect(names).toEqual(
      expect.arrayContaining(['/app/', '/fr/app/', '/app311.js', '/report311.js', '/alerts.js']),
    )
    expect(names.some((n) => n.startsWith('/_astro/') && n.endsWith('.css'))).toBe(true)
    // Nothing else of the site; the alerts in force, as last read, are kept for the banner.
    const other = names.filter((n) => !/^\/(app\/|fr\/app\/|_astro\/|[\w-]+\.(js|svg))/.test(n))
    expect(other.filter((n) => n !== '/emergency/active.json')).toEqual([])
    const compressed = kept.reduce((sum, k) => sum + gzipSync(Buffer.from(k.body)).length, 0)
    expect(compressed).toBeLessThanOrEqual(200 * 1024)
    await context.close()
  })

  it('a pothole reported offline with a photo and the phone’s location waits on the device, is sent once when the signal returns, and is listed with its reference', async () => {
    const context = await browser.newContext({
      geolocation: { latitude: main.lat + 0.0002, longitude: main.long, accuracy: 12 },
      permissions: ['geolocation'],
    })
    const page = await context.newPage()
    await page.goto(`${cms.siteUrl}/app/`)
    await appKept(page)
    const desk = await signedIn(cms.url, 'desk@city.example')
    const countApp = async () =>
      (await desk('GET', '/service-requests?where[channel][equals]=app&limit=0')).body.totalDocs
    const before = await countApp()

    // No signal: the report is made and kept on the device.
    await context.setOffline(true)
    await page.getByRole('searchbox', { name: 'Search the problems' }).fill('pothole')
    await page.getByRole('radio', { name: 'Pothole' }).check()
    await page.getByLabel('Take or choose up to 3 photos').setInputFiles({
      name: 'IMG_0101.jpg',
      mimeType: 'image/jpeg',
      buffer: await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#553' } })
        .jpeg()
        .toBuffer(),
    })
    await page.getByRole('img', { name: 'Photo 1 to send' }).waitFor()
    await page.getByRole('button', { name: 'Use my location' }).click()
    await page.locator('#address-status', { hasText: 'Your location, to within 12 m.' }).waitFor()
    await page.getByRole('radio', { name: 'Wider than a tire' }).check()
    await page.getByRole('button', { name: 'Send the report' }).click()
    const waiting = page.locator('#waiting-list li', { hasText: 'Pothole' })
    await waiting.waitFor()
    await page.locator('#app-status', { hasText: '1 report is waiting to send.' }).waitFor()
    await expectNoAxeViolations(page, 'app with a waiting report')

    // Still offline, the app opens from the worker's copy and shows the waiting report.
    const reopened = await page.reload()
    expect(reopened?.fromServiceWorker()).toBe(true)
    await page.locator('#waiting-list li', { hasText: 'Pothole' }).waitFor()
    expect(await countApp()).toBe(before)

    // The signal returns: sent once, listed under My reports with its reference.
    await context.setOffline(false)
    const sent = page.locator('#mine-list a', { hasText: /^SR-\d{4}-\d{6}$/ })
    await sent.waitFor({ timeout: 60_000 })
    const reference = (await sent.textContent())!
    await page.locator('#waiting-list li', { hasText: 'Nothing is waiting to send.' }).waitFor()
    expect(await countApp()).toBe(before + 1)
    const stored = (await desk('GET', `/service-requests?where[reference][equals]=${reference}`))
      .body.docs[0]
    expect(stored).toMatchObject({ serviceCode: 'POTHOLE', channel: 'app', language: 'en' })
    expect(Math.abs(stored.lat - (main.lat + 0.0002))).toBeLessThan(0.00001)
    const photos = await desk('GET', `/request-photos?where[filename][like]=${reference}`)
    expect(photos.body.docs).toHaveLength(1)

    // Reloading, twice, sends nothing again; the report stays listed, refreshed from Open311.
    for (let i = 0; i < 2; i += 1) {
      await page.reload()
      await page.locator('#mine-list li', { hasText: reference }).waitFor()
    }
    await page.locator('#mine-list .app-state', { hasText: 'Open' }).waitFor()
    expect(await countApp()).toBe(before + 1)
    // The open reports near the resident include it (with "me too" on its page).
    await page.getByRole('button', { name: 'Use my location' }).click()
    await page.locator('#nearby-list a', { hasText: reference }).waitFor()
    await expectNoAxeViolations(page, 'app with my report and nearby reports')
    await context.close()
  })

  it('a report followed by push from “My reports” is told of its closing, and “still not fixed” from the app reopens it', async () => {
    const context = await browser.newContext()
    await usePushStub(context, push, cms.siteUrl)
    const page = await context.newPage()
    await page.goto(`${cms.siteUrl}/app/`)
    await page.getByRole('radio', { name: 'Pothole' }).check()
    const address = page.getByRole('combobox', { name: /^Or type an address/ })
    await address.pressSequentially('123 Mai', { delay: 30 })
    await page.getByRole('option', { name: /^123 Main Street/ }).click()
    await page.getByRole('radio', { name: 'Wider than a tire' }).check()
    await page.getByRole('button', { name: 'Send the report' }).click()
    const sent = page.locator('#mine-list a', { hasText: /^SR-\d{4}-\d{6}$/ })
    await sent.waitFor()
    const reference = (await sent.textContent())!

    await page.getByRole('button', { name: 'Get updates on this phone' }).click()
    await page
      .locator('#mine-list', { hasText: 'Updates about this report come to this phone.' })
      .waitFor()
    await expectNoAxeViolations(page, 'app following a report')
    const desk = await signedIn(cms.url, 'desk@city.example')
    const stored = (await desk('GET', `/service-requests?where[reference][equals]=${reference}`))
      .body.docs[0]
    const before = push.received.length
    const closed = await desk('POST', `/service-requests/${stored.id}/status`, {
      state: 'closed',
      reason: 'resolved',
    })
    expect(closed.status, JSON.stringify(closed.body)).toBe(200)
    expect(closed.body.notified).toBe(1)
    await expect
      .poll(() =>
        push.received
          .slice(before)
          .some((r) => (r.payload as { url?: string }).url?.includes(reference)),
      )
      .toBe(true)

    // The app reads the closing from Open311 and offers "still not fixed" with the follower's token.
    await page.reload()
    await page.locator('#mine-list .app-state', { hasText: 'Closed' }).waitFor()
    // The reporter's one question, with the link the report's answer carried.
    expect(
      await page.getByRole('link', { name: 'How did we do? (one question)' }).getAttribute('href'),
    ).toMatch(new RegExp(`^${cms.url}/api/service-requests/survey\\?t=${stored.id}\\.`))
    await page.getByText('Still not fixed?').click()
    await page.getByLabel(/^What is still wrong\?/).fill('The hole is back after the rain.')
    await expectNoAxeViolations(page, 'app saying still not fixed')
    await page.getByRole('button', { name: 'Say it is still not fixed' }).click()
    await page.locator('#app-status', { hasText: 'Reopened: the City has been told.' }).waitFor()
    const reopened = (await desk('GET', `/service-requests/${stored.id}?depth=0`)).body
    expect(reopened).toMatchObject({ status: 'open', reopenCount: 1 })
    await page.locator('#mine-list .app-state', { hasText: 'Open' }).waitFor()
    await context.close()
  })

  it('a new version of the app is taken when published, and the report waiting on the device survives it', async () => {
    const context = await browser.newContext({
      geolocation: { latitude: main.lat, longitude: main.long + 0.0003, accuracy: 30 },
      permissions: ['geolocation'],
    })
    const page = await context.newPage()
    await page.goto(`${cms.siteUrl}/app/`)
    await appKept(page)
    // The City's server cannot be reached (the phone has a signal, the CMS does not answer).
    const intake = `${cms.url}/api/service-requests`
    await page.route(intake, (route) => route.abort('connectionrefused'))
    await page.getByRole('radio', { name: 'Graffiti' }).check()
    await page.getByRole('button', { name: 'Use my location' }).click()
    await page.locator('#address-status', { hasText: 'Your location, to within 30 m.' }).waitFor()
    await page
      .getByRole('group', { name: /^Is it offensive or hateful\?/ })
      .getByRole('radio', { name: 'No' })
      .check()
    await page.getByRole('button', { name: 'Send the report' }).click()
    await page.locator('#app-status', { hasText: '1 report is waiting to send.' }).waitFor()

    // A new version: the catalogue changes, the site is built again.
    const admin = await signedIn(cms.url, 'admin@city.example')
    const graffiti = (await admin('GET', '/service-types?where[code][equals]=GRAFFITI')).body
      .docs[0]
    const since = Date.now()
    const renamed = await admin('PATCH', `/service-types/${graffiti.id}`, {
      name: 'Graffiti on City property',
    })
    expect(renamed.status).toBe(200)
    await waitForSiteBuild(cms.url, since)
    await page.reload()
    await page.getByRole('radio', { name: 'Graffiti on City property' }).waitFor()
    await page.locator('#waiting-list li', { hasText: 'Graffiti on City property' }).waitFor()

    // The server answers again: the waiting report goes, once.
    await page.unroute(intake)
    await page.reload()
    await page.locator('#mine-list a', { hasText: /^SR-\d{4}-\d{6}$/ }).waitFor()
    await page.locator('#waiting-list li', { hasText: 'Nothing is waiting to send.' }).waitFor()
    await context.close()
  })
})
