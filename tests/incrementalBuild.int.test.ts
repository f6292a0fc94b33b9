import { readdir, readFile, realpath, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { EMERGENCY_BULLETINS, MEDIA, MEDIA_RELEASES, PUBLICATIONS } from '../cms/core/slugs'
import { rebuildSite } from '../cms/publishing/task'
import { bannerInclude } from '../site/lib/banner'
import { createSiteServer } from '../site/server/staticServer'
import { pngFile, validContent } from './helpers/fixtures'
import { type Harness, startHarness } from './helpers/harness'
import { publishedDirectly, publishReleaseThroughWorkflow } from './helpers/seedData'

/**
 * Builds after the first render only what changed: new and edited items' pages, the listing
 * sections whose content changed, the few small pages (kept as they were when they come out the
 * same); unchanged items' pages and sections are the build before's files. New code or changed
 * media renders everything again.
 */
let harness: Harness
let live = ''
const build = (reason: string) => rebuildSite(harness.payload, reason, harness.key)
const file = async (relative: string) => readFile(path.join(live, relative), 'utf8')
const inode = async (relative: string) => (await stat(path.join(live, relative))).ino
/** The text of every page the live search index holds. */
const searchable = async () => {
  const dir = path.join(live, 'pagefind', 'fragment')
  const names = await readdir(dir)
  const texts = await Promise.all(
    names.map(async (name) => gunzipSync(await readFile(path.join(dir, name))).toString()),
  )
  return texts.join('\n')
}

beforeAll(async () => {
  // Builds here are run by the test, one at a time, to read each one's report.
  harness = await startHarness({ holdJobs: true })
  live = path.join(harness.dataDir, 'site')
  for (let i = 1; i <= 12; i += 1)
    await publishedDirectly(harness.payload, MEDIA_RELEASES, `Council meeting ${i} agenda`)
  await publishedDirectly(harness.payload, PUBLICATIONS, 'Annual report')
  const first = await build('first')
  expect(first.incremental).toBeNull()
  expect(first.fullReason).toBe('no build before this one')
}, 360_000)
afterAll(async () => harness?.close())

describe('incremental builds', () => {
  it('a publish renders its page and the lists; the other item pages are the same files as before', async () => {
    const before = await file('news/council-meeting-3-agenda/index.html')
    const beforeInode = await inode('news/council-meeting-3-agenda/index.html')
    const beforeFrenchInode = await inode('fr/nouvelles/council-meeting-3-agenda/index.html')
    await publishReleaseThroughWorkflow(harness, 'Transit fares frozen for 2027')
    const report = await build('publish')
    expect(report.fullReason).toBeNull()
    expect(report.incremental?.rendered).toEqual({
      releases: ['transit-fares-frozen-for-2027'],
      publications: [],
    })
    expect(report.incremental?.sections).toEqual(['news'])
    // 13 item pages in each language, and 8 pages of the sections no release is listed in (the
    // lists of wards included).
    expect(report.incremental?.reusedPages).toBe(26 + 8)
    expect(await file('fr/nouvelles/transit-fares-frozen-for-2027/index.html')).toContain(
      'Cette page n’est offerte qu’en anglais',
    )
    expect(await inode('fr/nouvelles/council-meeting-3-agenda/index.html')).toBe(beforeFrenchInode)
    expect(await file('fr/nouvelles/index.html')).toContain('Transit fares frozen for 2027')
    expect(await file('news/transit-fares-frozen-for-2027/index.html')).toContain(
      'Transit fares frozen for 2027',
    )
    // Reused as is: the same file, linked into the new build.
    expect(await inode('news/council-meeting-3-agenda/index.html')).toBe(beforeInode)
    expect(await file('news/council-meeting-3-agenda/index.html')).toBe(before)
    expect(await file('publications/annual-report/index.html')).toContain('Annual report')
    // The lists, the feeds and the sitemap know every item.
    expect(await file('news/index.html')).toContain('Transit fares frozen for 2027')
    expect(await file('feeds/news.xml')).toContain('Council meeting 1 agenda')
    const sitemap = await file('sitemap.xml')
    expect(sitemap).toContain('/news/council-meeting-1-agenda/')
    expect(sitemap).toContain('/news/transit-fares-frozen-for-2027/')
    // The search index, renewed once the pages were live, is the build's own and finds both.
    const index = await realpath(path.join(live, 'pagefind'))
    expect(path.dirname(index)).toBe(await realpath(live))
    const words = await searchable()
    expect(words).toContain('Transit fares frozen for 2027')
    expect(words).toContain('Council meeting 3 agenda')
    expect(report.liveSeconds).toBeLessThan(report.seconds)
  }, 360_000)

  it('an edited item is rendered again; a deleted one has no page', async () => {
    const { docs } = await harness.payload.find({
      collection: MEDIA_RELEASES,
      where: { slug: { in: ['council-meeting-5-agenda', 'council-meeting-6-agenda'] } },
      overrideAccess: true,
      sort: 'slug',
    })
    await harness.payload.update({
      collection: MEDIA_RELEASES,
      id: docs[0]!.id,
      data: { summary: 'The agenda now includes the snow budget.' },
      overrideAccess: true,
      context: { seed: true },
    })
    await harness.payload.delete({
      collection: MEDIA_RELEASES,
      id: docs[1]!.id,
      overrideAccess: true,
    })
    const report = await build('edit and delete')
    expect(report.incremental?.rendered.releases).toEqual(['council-meeting-5-agenda'])
    expect(await file('news/council-meeting-5-agenda/index.html')).toContain(
      'The agenda now includes the snow budget.',
    )
    await expect(file('news/council-meeting-6-agenda/index.html')).rejects.toThrow(/ENOENT/)
    await expect(file('fr/nouvelles/council-meeting-6-agenda/index.html')).rejects.toThrow(/ENOENT/)
    expect(await file('news/index.html')).not.toContain('Council meeting 6 agenda')
  }, 360_000)

  it('an alert renders the emergency pages only; every page shows it through the banner it includes', async () => {
    const untouched = [
      'index.html',
      'fr/index.html',
      'news/index.html',
      'fr/nouvelles/index.html',
      'news/council-meeting-3-agenda/index.html',
      'publications/index.html',
      'contact/index.html',
      'sponsorship/index.html',
      '311/index.html',
    ]
    const before = await Promise.all(untouched.map(inode))
    const officer = 'emergency@city.example'
    const created = await harness.rest('POST', `/${EMERGENCY_BULLETINS}`, {
      as: officer,
      body: validContent(EMERGENCY_BULLETINS, 'Flood warning along the river'),
    })
    const answer = await harness.rest(
      'POST',
      `/${EMERGENCY_BULLETINS}/${created.body.doc.id}/workflow`,
      { as: officer, body: { action: 'urgent-publish', comment: 'Now.' } },
    )
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    const report = await build('alert')
    expect(report.fullReason).toBeNull()
    expect(report.incremental?.sections).toEqual(['emergency'])
    expect(report.incremental?.rendered).toEqual({ releases: [], publications: [] })
    // Not one page outside the emergency section is a new file: each is the build before's.
    expect(await Promise.all(untouched.map(inode))).toEqual(before)
    expect(await file('emergency/index.html')).toContain('Flood warning along the river')
    expect(await file('fr/urgences/index.html')).toContain('Flood warning along the river')
    // The banner is a file of its own, which every page includes where it is served.
    expect(await file('emergency/banner/en.html')).toContain('Flood warning along the river')
    expect(await file('news/council-meeting-3-agenda/index.html')).toContain(bannerInclude('en'))
    const server = createSiteServer(live, 'http://cms.example')
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    const site = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
    try {
      for (const page of ['/news/council-meeting-3-agenda/', '/fr/', '/contact/', '/nowhere/']) {
        const html = await (await fetch(`${site}${page}`)).text()
        expect(html, page).toContain('Flood warning along the river')
        expect(html, page).toContain('class="alert-banner alert-banner--')
      }
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }, 360_000)

  it('changed media, or a build by other code, renders everything', async () => {
    await harness.payload.create({
      collection: MEDIA,
      data: { alt: 'Riverside park', audience: 'public' } as never,
      file: await pngFile('riverside.png'),
      overrideAccess: true,
    })
    expect((await build('new media')).fullReason).toBe('public media changed')
    const unchanged = await build('nothing changed')
    expect(unchanged.incremental?.rendered).toEqual({ releases: [], publications: [] })
    expect(unchanged.incremental?.sections).toEqual([])
    // The few pages every build renders (home, contact…) came out the same and were kept.
    expect(unchanged.incremental?.unchangedPages).toBe(unchanged.incremental?.renderedPages)
    // The live build says it was made by other code (an upgrade): nothing of it is reused.
    const stateFile = path.join(path.dirname(await realpath(live)), 'build-state.json')
    const saved = JSON.parse(await readFile(stateFile, 'utf8'))
    await writeFile(
      stateFile,
      JSON.stringify({ ...saved, state: { ...saved.state, codeKey: 'x' } }),
    )
    expect((await build('after an upgrade')).fullReason).toBe('no build before this one')
  }, 540_000)

  it('a new release renders the news front page and the archive’s newest page; the older archive pages are the same files', async () => {
    for (let i = 1; i <= 50; i += 1)
      await publishedDirectly(harness.payload, MEDIA_RELEASES, `Ward office hours ${i}`)
    await build('fifty releases')
    const listedReleases = (
      await harness.payload.count({
        collection: MEDIA_RELEASES,
        where: { _status: { equals: 'published' } },
      })
    ).totalDocs
    const pagesBefore = Math.ceil(listedReleases / 25)
    expect(pagesBefore).toBeGreaterThanOrEqual(3)
    const archive = (n: number, locale: 'en' | 'fr' = 'en') =>
      locale === 'en' ? `news/archive/${n}/index.html` : `fr/nouvelles/archives/${n}/index.html`
    const olderInodes = await Promise.all(
      Array.from({ length: pagesBefore - 1 }, (_, i) =>
        Promise.all([inode(archive(i + 1)), inode(archive(i + 1, 'fr'))]),
      ),
    )

    // The few small pages every build renders (home, contact, search…).
    const everyBuild = (await build('nothing new')).incremental!.renderedPages
    await publishReleaseThroughWorkflow(harness, 'Arena roof repairs start')
    const report = await build('one more')
    expect(report.incremental?.sections).toEqual(['news'])
    // Besides those: the front page in each language, the new release's page in each, and the
    // archive's newest page in each (two, when the new release begins a page).
    expect(report.incremental!.renderedPages - everyBuild).toBeGreaterThanOrEqual(6)
    expect(report.incremental!.renderedPages - everyBuild).toBeLessThanOrEqual(8)
    for (const [i, [en, fr]] of olderInodes.entries()) {
      expect(await inode(archive(i + 1))).toBe(en)
      expect(await inode(archive(i + 1, 'fr'))).toBe(fr)
    }
    const pagesAfter = Math.ceil((listedReleases + 1) / 25)
    expect(await file(archive(pagesAfter))).toContain('Arena roof repairs start')

    // Every release is in the archive once; the front page shows the newest 25 and leads to it.
    const titles = (html: string) =>
      [...html.matchAll(/<h[23][^>]*>\s*<a [^>]*>([^<]+)<\/a>/g)].map((m) => m[1]!.trim())
    const all: string[] = []
    for (let n = 1; n <= pagesAfter; n += 1) all.push(...titles(await file(archive(n))))
    expect(all).toHaveLength(listedReleases + 1)
    expect(new Set(all).size).toBe(all.length)
    const front = await file('news/index.html')
    expect(titles(front)).toHaveLength(25)
    expect(titles(front)[0]).toBe('Arena roof repairs start')
    expect(front).toMatch(/href="\/news\/archive\/\d+\/" rel="next"/)
    expect(await file('fr/nouvelles/index.html')).toMatch(
      /href="\/fr\/nouvelles\/archives\/\d+\/" rel="next">Plus anciens/,
    )
    // The archive pages are in the sitemap, each with its French twin.
    expect(await file('sitemap.xml')).toContain(`/news/archive/${pagesAfter}/`)
  }, 540_000)
})
