import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { SITE_STATUS, MEDIA_RELEASES, PUBLICATIONS } from '../cms/core/slugs'
import { buildSite } from '../cms/publishing/buildSite'
import { requestSiteBuild } from '../cms/coordination/siteBuildRequests'
import { anonymousRest } from '../cms/publishing/restClient'
import { rebuildSite } from '../cms/publishing/task'
import { pngFile, validContent } from './helpers/fixtures'
import { type Harness, startHarness } from './helpers/harness'
import { serveSite } from './helpers/server'

/**
 * The publishing pipeline end to end on a real SQLite file: workflow → site build (Astro) → the
 * static server, as a visitor sees it.
 */
// Most tests here build the site (Astro) once or more: several seconds each on two cores.
vi.setConfig({ testTimeout: 120_000 })

let harness: Harness
let server: Awaited<ReturnType<typeof serveSite>> | undefined
let site = ''
let liveDir = ''

beforeAll(async () => {
  harness = await startHarness()
  liveDir = path.join(harness.dataDir, 'site')
  server = await serveSite(liveDir)
  site = server.url
})
afterAll(async () => {
  await server?.close()
  await harness?.close()
})

const act = (as: string, slug: string, id: number, body: Record<string, unknown>) =>
  harness.rest('POST', `/${slug}/${id}/workflow`, { as, body })
const create = async (slug: string, title: string, extra: Record<string, unknown> = {}) =>
  (
    await harness.rest('POST', `/${slug}`, {
      as: 'writer@city.example',
      body: { ...validContent(slug as never, title), ...extra },
    })
  ).body.doc.id as number
const publish = async (slug: string, id: number) => {
  await act('writer@city.example', slug, id, { action: 'submit' })
  await act('manager@city.example', slug, id, { action: 'approve' })
  expect((await act('manager@city.example', slug, id, { action: 'publish' })).status).toBe(200)
}
const build = (reason = 'test') => rebuildSite(harness.payload, reason, harness.key)
const page = async (url: string) => {
  const response = await fetch(`${site}${url}`)
  return { status: response.status, text: await response.text() }
}
/** Every file of the served site, as text, keyed by path: what "never appears anywhere" searches. */
const everything = async (): Promise<Record<string, string>> => {
  const files: Record<string, string> = {}
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) await walk(full)
      else if (/\.(html|xml|json|txt)$/.test(entry.name))
        files[path.relative(liveDir, full)] = await readFile(full, 'utf8')
    }
  }
  await walk(liveDir)
  return files
}

describe('publishing to the public site', () => {
  it('a release published through the workflow appears as a page, in the listing, the feeds and the sitemap', async () => {
    const id = await create(MEDIA_RELEASES, 'Skating rinks open Friday')
    await publish(MEDIA_RELEASES, id)
    const report = await build()
    expect(report.pages).toBeGreaterThan(5)

    const article = await page('/news/skating-rinks-open-friday/')
    expect(article.status).toBe(200)
    expect(article.text).toContain('<h1>Skating rinks open Friday</h1>')
    expect(article.text).toContain('<html lang="en-CA">')
    expect(article.text).toContain('href="#main"')
    expect((await page('/news/')).text).toContain('/news/skating-rinks-open-friday/')
    const feed = (await page('/feeds/news.xml')).text
    const { uid } = (await harness.payload.findByID({
      collection: MEDIA_RELEASES,
      id,
      overrideAccess: true,
    })) as { uid: string }
    expect(feed).toContain(`urn:civic-comms:media-releases:${uid}`)
    expect(uid).not.toBe(String(id))
    expect((await page('/feeds/all.xml')).text).toContain('Skating rinks open Friday')
    expect((await page('/sitemap.xml')).text).toContain('/news/skating-rinks-open-friday/</loc>')
    const status = (await harness.payload.findGlobal({ slug: SITE_STATUS as never })) as Record<
      string,
      unknown
    >
    expect(status).toMatchObject({ state: 'ok', lastError: null })
  })

  it('a withdrawn release keeps its page with the notice and leaves the listing and feeds', async () => {
    const id = await create(MEDIA_RELEASES, 'Parade route announced')
    await publish(MEDIA_RELEASES, id)
    await build()
    expect((await page('/news/')).text).toContain('Parade route announced')
    expect(
      (
        await act('manager@city.example', MEDIA_RELEASES, id, {
          action: 'withdraw',
          comment: 'The parade was cancelled.',
        })
      ).status,
    ).toBe(200)
    await build()
    const article = await page('/news/parade-route-announced/')
    expect(article.status).toBe(200)
    expect(article.text).toContain('This page has been withdrawn')
    expect(article.text).toContain('The parade was cancelled.')
    expect((await page('/news/')).text).not.toContain('Parade route announced')
    expect((await page('/feeds/news.xml')).text).not.toContain('Parade route announced')
    expect((await page('/feeds/all.xml')).text).not.toContain('Parade route announced')
  })

  it('a draft, an embargoed release and an internal publication appear nowhere in the output', async () => {
    await create(MEDIA_RELEASES, 'DRAFT-MARKER unapproved plan')
    const embargoed = await create(MEDIA_RELEASES, 'EMBARGO-MARKER budget numbers', {
      embargoUntil: new Date(Date.now() + 3_600_000).toISOString(),
    })
    await publish(MEDIA_RELEASES, embargoed)
    const internal = await create(PUBLICATIONS, 'INTERNAL-MARKER staff memo', {
      audience: 'internal',
    })
    await publish(PUBLICATIONS, internal)
    const live = await create(MEDIA_RELEASES, 'Live with SECRET-DRAFT-EDIT pending')
    await publish(MEDIA_RELEASES, live)
    await harness.rest('PATCH', `/${MEDIA_RELEASES}/${live}?draft=true`, {
      as: 'writer@city.example',
      body: { summary: 'SECRET-DRAFT-EDIT not reviewed' },
    })
    await build()
    const files = await everything()
    expect(Object.keys(files).length).toBeGreaterThan(10)
    for (const [file, text] of Object.entries(files)) {
      for (const marker of [
        'DRAFT-MARKER',
        'EMBARGO-MARKER',
        'INTERNAL-MARKER',
        'SECRET-DRAFT-EDIT not reviewed',
      ]) {
        expect(text.includes(marker), `${marker} found in ${file}`).toBe(false)
      }
    }
  })

  it('script in content never reaches the page as markup', async () => {
    const id = await create(MEDIA_RELEASES, 'Hostile <script>window.pwned=1</script> title', {
      body: {
        root: {
          type: 'root',
          children: [
            {
              type: 'paragraph',
              children: [
                {
                  type: 'link',
                  fields: { url: 'javascript:alert(1)' },
                  children: [{ type: 'text', text: 'bad link' }],
                },
                { type: 'text', text: '<img src=x onerror=alert(1)>' },
              ],
            },
          ],
        },
      },
    })
    await publish(MEDIA_RELEASES, id)
    await build()
    const article = await page('/news/hostile-script-window-pwned-1-script-title/')
    expect(article.status).toBe(200)
    // Inside a quoted attribute value (the meta description) "<" is only text; everywhere else it
    // must arrive escaped.
    const outsideAttributes = article.text.replace(/="[^"]*"/g, '=""')
    expect(outsideAttributes).not.toContain('<script>window.pwned')
    expect(article.text).toContain(
      '<h1>Hostile &lt;script&gt;window.pwned=1&lt;/script&gt; title</h1>',
    )
    expect(article.text).not.toContain('<img src=x')
    expect(article.text).not.toMatch(/href="javascript:/i)
    expect(article.text).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })
})

describe('media on the site', () => {
  it('a cover image is copied into the site and shown with its alt text and sizes; internal files are not', async () => {
    const writer = harness.user('writer@city.example')
    const cover = await harness.payload.create({
      collection: 'media',
      data: { alt: 'Aerial photo of the new library', audience: 'public' } as never,
      file: await pngFile('library.png'),
      user: writer,
      overrideAccess: false,
    })
    const secret = await harness.payload.create({
      collection: 'media',
      data: { alt: 'INTERNAL-FILE floor plan', audience: 'internal' } as never,
      file: await pngFile('plan.png'),
      user: writer,
      overrideAccess: false,
    })
    const id = await create(PUBLICATIONS, 'Library annual report', {
      coverImage: cover.id,
      body: {
        root: {
          type: 'root',
          children: [
            {
              type: 'upload',
              relationTo: 'media',
              value: secret.id,
              fields: {},
              format: '',
              version: 3,
            },
          ],
        },
      },
    })
    await publish(PUBLICATIONS, id)
    await build()
    const article = await page('/publications/library-annual-report/')
    expect(article.text).toMatch(
      /<img src="\/media\/library-800x600\.webp" srcset="[^"]*\/media\/library-400x300\.webp 400w/,
    )
    expect(article.text).toContain('alt="Aerial photo of the new library"')
    const image = await fetch(`${site}/media/library-800x600.webp`)
    expect(image.status).toBe(200)
    expect(image.headers.get('content-type')).toBe('image/webp')
    const files = await everything()
    expect(Object.values(files).some((text) => text.includes('INTERNAL-FILE'))).toBe(false)
    expect((await fetch(`${site}/media/plan.png`)).status).toBe(404)
  })
})

describe('a failed build', () => {
  it('leaves the live site byte for byte and tells staff why', async () => {
    await build()
    const before = await everything()
    const id = await create(MEDIA_RELEASES, 'Breaks the build')
    await publish(MEDIA_RELEASES, id)
    // A release whose slug is empty makes Astro fail on a missing route parameter.
    await harness.payload.update({
      collection: MEDIA_RELEASES,
      id,
      data: { slug: '' } as never,
      overrideAccess: true,
      context: { seed: true },
    })
    await harness.payload.db.updateOne({ collection: MEDIA_RELEASES, id, data: { slug: null } })
    await expect(build()).rejects.toThrow(/Astro build failed/)
    expect(await everything()).toEqual(before)
    const status = (await harness.payload.findGlobal({ slug: SITE_STATUS as never })) as Record<
      string,
      unknown
    >
    expect(status.state).toBe('failed')
    expect(String(status.lastError)).toMatch(/Astro build failed/)
    await harness.payload.db.updateOne({
      collection: MEDIA_RELEASES,
      id,
      data: { slug: 'breaks-the-build' },
    })
    await build()
    expect((await page('/news/breaks-the-build/')).status).toBe(200)
  }, 120_000) // three full site builds
})

describe('builds at the same time', () => {
  it('two builds running at once (two CMS processes on one machine) both succeed and leave the project clean', async () => {
    const both = await Promise.all(
      ['first', 'second'].map((name) =>
        buildSite({
          ...anonymousRest(harness.payload, harness.key),
          siteUrl: 'http://127.0.0.1:4321',
          cmsUrl: 'http://127.0.0.1:3000',
          capSender: 'test@city.example',
          cityName: 'City of Riverton',
          liveDir: path.join(harness.dataDir, `live-${name}`),
          buildsDir: path.join(harness.dataDir, `builds-${name}`),
        }),
      ),
    )
    for (const report of both) expect(report.pages).toBeGreaterThan(5)
    for (const name of ['first', 'second'])
      expect(
        await readFile(path.join(harness.dataDir, `live-${name}`, 'index.html'), 'utf8'),
      ).toContain('<html')
    // Astro's intermediate files stayed inside each build's own folder.
    expect(existsSync(path.join(process.cwd(), '.astro'))).toBe(false)
  }, 360_000)
})

describe('build requests', () => {
  it('ten changes in a second queue one build', async () => {
    // Earlier tests published through the workflow, which queued builds nobody runs here: clear them.
    await harness.payload.delete({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'buildSite' } },
      overrideAccess: true,
    })
    const results = []
    for (let i = 0; i < 10; i += 1)
      results.push(await requestSiteBuild(harness.payload, `change ${i}`))
    expect(results.filter((r) => r === 'queued')).toHaveLength(1)
    const { totalDocs } = await harness.payload.count({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'buildSite' } }, { completedAt: { exists: false } }] },
    })
    expect(totalDocs).toBe(1)
  })
})
