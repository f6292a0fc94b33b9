import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bannerInclude, bannerFile } from '../lib/banner'
import { GONE_FILE, hashPath } from '../lib/gone'
import { createSiteServer, etagOf } from './staticServer'

let server: Server
let base = ''
let live = ''
let buildDir = ''

beforeAll(async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'civic-serve-'))
  const build = path.join(root, 'build')
  await mkdir(path.join(build, 'news', 'pools'), { recursive: true })
  await mkdir(path.join(build, 'feeds'), { recursive: true })
  await mkdir(path.join(build, 'emergency'), { recursive: true })
  await writeFile(path.join(build, 'index.html'), '<h1>Home</h1>')
  await writeFile(path.join(build, '404.html'), '<h1>Not found</h1>')
  await mkdir(path.join(build, '410'), { recursive: true })
  await writeFile(path.join(build, '410', 'index.html'), '<h1>This page was removed</h1>')
  await writeFile(
    path.join(build, GONE_FILE),
    JSON.stringify({ hashes: [hashPath('/news/deleted-release/')] }),
  )
  await writeFile(path.join(build, 'news', 'pools', 'index.html'), '<h1>Pools</h1>')
  await writeFile(path.join(build, 'feeds', 'news.xml'), '<rss/>')
  await writeFile(path.join(build, 'emergency', 'active.json'), '{"alerts":[]}')
  await mkdir(path.join(build, 'media'), { recursive: true })
  await writeFile(path.join(build, 'media', 'budget 2027.pdf'), '%PDF-1.4')
  await writeFile(path.join(root, 'secret.txt'), 'outside the site')
  await mkdir(path.join(build, 'emergency', 'banner'), { recursive: true })
  await writeFile(path.join(build, 'emergency', 'banner', 'en.html'), '')
  await mkdir(path.join(build, 'news', 'flood'), { recursive: true })
  await writeFile(
    path.join(build, 'news', 'flood', 'index.html'),
    [
      '<body><div id="emergency-alerts">',
      bannerInclude('en'),
      '</div><main>Flood</main>',
      // What no page of the site holds, but a tampered one might: neither is included.
      '<!--# include virtual="/feeds/news.xml" -->',
      '<!--# include virtual="/emergency/banner/../../../secret.txt" -->',
      '</body>',
    ].join(''),
  )
  await writeFile(path.join(build, '404.html'), `<h1>Not found</h1>${bannerInclude('en')}`)
  buildDir = build
  live = path.join(root, 'site')
  await symlink(build, live)
  server = createSiteServer(live, 'http://cms.example')
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('the static site server', () => {
  it("answers 410 Gone at a deleted item's address (with or without the slash), 404 elsewhere", async () => {
    for (const address of ['/news/deleted-release/', '/news/deleted-release']) {
      const response = await fetch(`${base}${address}`, { redirect: 'manual' })
      expect(response.status).toBe(410)
      expect(await response.text()).toContain('This page was removed')
    }
    expect((await fetch(`${base}/news/never-existed/`)).status).toBe(404)
    // The list holds hashes only: the deleted addresses are not published in it.
    expect(await (await fetch(`${base}/${GONE_FILE}`)).text()).not.toContain('deleted-release')
  })

  it('gives a file a validator that differs across builds, sizes and times', () => {
    const tags = new Set([
      etagOf('/b1', '/b1/a.html', 10, 1000),
      etagOf('/b2', '/b2/a.html', 10, 1000),
      etagOf('/b1', '/b1/a.html', 11, 1000),
      etagOf('/b1', '/b1/a.html', 10, 1001),
    ])
    expect(tags.size).toBe(4)
  })

  it('serves PDFs as downloads, never sniffed', async () => {
    const response = await fetch(`${base}/media/budget%202027.pdf`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="budget_2027.pdf"',
    )
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('refuses every write to the alert files (only the publishing code writes them)', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const response = await fetch(`${base}/emergency/active.json`, {
        method,
        body: method === 'DELETE' ? undefined : '{"alerts":[{"headline":"forged"}]}',
      })
      expect(response.status).toBe(405)
    }
    expect(await (await fetch(`${base}/emergency/active.json`)).text()).toBe('{"alerts":[]}')
  })

  it.each([
    ['/', 200, 'text/html; charset=utf-8', 'public, max-age=60'],
    ['/news/pools/', 200, 'text/html; charset=utf-8', 'public, max-age=60'],
    ['/feeds/news.xml', 200, 'application/xml; charset=utf-8', 'public, max-age=60'],
    [
      '/emergency/active.json',
      200,
      'application/json; charset=utf-8',
      'public, max-age=5, must-revalidate',
    ],
  ])('%s answers %i as %s, cached %s', async (url, status, type, cache) => {
    const response = await fetch(`${base}${url}`)
    expect(response.status).toBe(status)
    expect(response.headers.get('content-type')).toBe(type)
    expect(response.headers.get('cache-control')).toBe(cache)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'")
  })

  it('redirects a folder without its slash', async () => {
    const response = await fetch(`${base}/news/pools`, { redirect: 'manual' })
    expect(response.status).toBe(301)
    expect(response.headers.get('location')).toBe('/news/pools/')
  })

  it('sends a bookmark of the news listing’s former pages to the listing, which leads to the archive', async () => {
    for (const [from, to] of [
      ['/news/page/7/', '/news/'],
      ['/news/page/12', '/news/'],
      ['/fr/nouvelles/page/3/', '/fr/nouvelles/'],
    ]) {
      const response = await fetch(`${base}${from}`, { redirect: 'manual' })
      expect(response.status, from).toBe(301)
      expect(response.headers.get('location')).toBe(to)
    }
    // Anything else under it is not a former page.
    for (const url of ['/news/page/7/extra/', '/news/page/seven/', '/publications/page/2/'])
      expect((await fetch(`${base}${url}`, { redirect: 'manual' })).status, url).toBe(404)
  })

  it.each(['/nope/', '/../secret.txt', '/%2e%2e/secret.txt', '/news/..%2f..%2fsecret.txt', '/%00'])(
    'answers 404 with the site page for %s',
    async (url) => {
      const response = await fetch(`${base}${url}`)
      expect(response.status).toBe(404)
      expect(await response.text()).not.toContain('outside the site')
    },
  )

  it('answers 304 for an unchanged file, HEAD without a body, 405 for writes', async () => {
    const first = await fetch(`${base}/`)
    const etag = first.headers.get('etag')!
    expect((await fetch(`${base}/`, { headers: { 'if-none-match': etag } })).status).toBe(304)
    const head = await fetch(`${base}/`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
    expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(405)
  })

  it('includes the emergency banner in pages, and nothing else, with a validator that follows it', async () => {
    const quiet = await fetch(`${base}/news/flood/`)
    const quietText = await quiet.text()
    expect(quietText).toBe('<body><div id="emergency-alerts"></div><main>Flood</main></body>')
    expect(quiet.headers.get('content-length')).toBe(String(Buffer.byteLength(quietText)))
    expect(quiet.headers.get('last-modified')).toBeNull()
    const quietTag = quiet.headers.get('etag')!
    const conditional = { headers: { 'if-none-match': quietTag } }
    expect((await fetch(`${base}/news/flood/`, conditional)).status).toBe(304)

    // An alert: the publishing code replaces the banner file (never the page).
    const banner = '<section class="alert-banner" data-key="k">Flood warning</section>'
    await writeFile(path.join(buildDir, bannerFile('en')), banner)
    const alerting = await fetch(`${base}/news/flood/`, conditional)
    expect(alerting.status).toBe(200)
    const text = await alerting.text()
    expect(text).toContain(`<div id="emergency-alerts">${banner}</div>`)
    expect(text).not.toContain('<rss')
    expect(text).not.toContain('outside the site')
    expect(text).not.toContain('<!--#')
    expect(alerting.headers.get('etag')).not.toBe(quietTag)
    // The site's 404 page carries the banner too.
    expect(await (await fetch(`${base}/nowhere/`)).text()).toContain('Flood warning')
    // Without the banner file (a site built before this code), the directive becomes nothing.
    await rm(path.join(buildDir, bannerFile('en')))
    expect(await (await fetch(`${base}/news/flood/`)).text()).not.toContain('<!--#')
  })

  it('includes a ward page’s own banner, and no other file below the banner folder', async () => {
    await mkdir(path.join(buildDir, 'wards', '2'), { recursive: true })
    await mkdir(path.dirname(path.join(buildDir, bannerFile('en', 2))), { recursive: true })
    await writeFile(path.join(buildDir, bannerFile('en', 2)), '<section>Ward 2 only</section>')
    await writeFile(path.join(buildDir, 'emergency', 'banner', 'notes.txt'), 'staff notes')
    await writeFile(
      path.join(buildDir, 'wards', '2', 'index.html'),
      `<div>${bannerInclude('en', 2)}</div>` +
        '<!--# include virtual="/emergency/banner/notes.txt" -->' +
        '<!--# include virtual="/emergency/banner/wards/2/../../../../feeds/news.xml" -->',
    )
    expect(bannerFile('en', 2)).toBe('emergency/banner/wards/2/en.html')
    const text = await (await fetch(`${base}/wards/2/`)).text()
    expect(text).toBe('<div><section>Ward 2 only</section></div>')
  })

  it('answers 503 while no site has been built yet', async () => {
    const empty = createSiteServer(path.join(tmpdir(), 'no-such-site-folder'), 'http://cms.example')
    await new Promise<void>((resolve) => empty.listen(0, '127.0.0.1', resolve))
    const address = empty.address()
    const response = await fetch(
      `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`,
    )
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toBe('10')
    await new Promise<void>((resolve) => empty.close(() => resolve()))
  })
})
