import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { KB_ARTICLES, KB_FEEDBACK, KB_VIEWS, SERVICE_TYPES } from '../cms/core/slugs'
import { seedDemo311 } from '../cms/seed/seed'
import { rebuildSite } from '../cms/publishing/task'
import { validContent } from './helpers/fixtures'
import { type Harness, startHarness } from './helpers/harness'
import { serveSite } from './helpers/server'

/**
 * Knowledge-base answers on the public site: written by the desk, approved and published through the
 * workflow, shown at /311/answers/ and /fr/311/reponses/ with the hub's A–Z list; internal answers,
 * notes and phone scripts nowhere in the output; "was this helpful?" and the view count stored
 * without anything about the person.
 */
vi.setConfig({ testTimeout: 120_000 })

let harness: Harness
let server: Awaited<ReturnType<typeof serveSite>> | undefined
let site = ''
let liveDir = ''
let publicId = 0
let internalId = 0

const act = (as: string, id: number, body: Record<string, unknown>) =>
  harness.rest('POST', `/${KB_ARTICLES}/${id}/workflow`, { as, body })
const create = async (title: string, extra: Record<string, unknown>) => {
  const answer = await harness.rest('POST', `/${KB_ARTICLES}`, {
    as: 'desk@city.example',
    body: { ...validContent(KB_ARTICLES, title), ...extra },
  })
  expect(answer.status, JSON.stringify(answer.body)).toBe(201)
  return answer.body.doc.id as number
}
const publish = async (id: number) => {
  expect((await act('desk@city.example', id, { action: 'submit' })).status).toBe(200)
  expect((await act('manager@city.example', id, { action: 'approve' })).status).toBe(200)
  expect((await act('manager@city.example', id, { action: 'publish' })).status).toBe(200)
}
const page = async (url: string) => {
  const response = await fetch(`${site}${url}`)
  return { status: response.status, text: await response.text() }
}
const feedback = (id: number, fields: Record<string, string>, ip = '203.0.113.9') =>
  harness.rest('POST', `/${KB_ARTICLES}/${id}/feedback`, {
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip },
    body: new URLSearchParams(fields).toString(),
  })

beforeAll(async () => {
  harness = await startHarness()
  liveDir = path.join(harness.dataDir, 'site')
  server = await serveSite(liveDir)
  site = server.url
  await seedDemo311(harness.payload, 200)
  const { docs: services } = await harness.payload.find({
    collection: SERVICE_TYPES,
    where: { code: { equals: 'MISSED_GARBAGE' } },
    overrideAccess: true,
  })

  publicId = await create('When is leaf collection?', {
    relatedServices: [services[0]!.id],
    summary: 'Leaves are collected every second week in the fall.',
    keywords: 'leaves, yard waste',
    internalNotes: 'NOTE-MARKER call the depot at extension 12',
    phoneScript: 'SCRIPT-MARKER say the fall schedule',
  })
  await harness.payload.update({
    collection: KB_ARTICLES,
    id: publicId,
    locale: 'fr',
    data: {
      title: 'Quand les feuilles sont-elles ramassées?',
      summary: 'Les feuilles sont ramassées toutes les deux semaines à l’automne.',
      body: validContent(KB_ARTICLES, 'x').body as never,
    },
    draft: true,
    overrideAccess: true,
  })
  await publish(publicId)
  internalId = await create('INTERNAL-ANSWER-MARKER how to page on-call', { audience: 'internal' })
  await publish(internalId)
  await rebuildSite(harness.payload, 'knowledge base test', harness.key)
})
afterAll(async () => {
  await server?.close()
  await harness?.close()
})

describe('answers on the public site', () => {
  it('a published answer has its page in both languages and is in the hub’s A–Z list', async () => {
    const english = await page('/311/answers/when-is-leaf-collection/')
    expect(english.status).toBe(200)
    expect(english.text).toContain('<h1 data-content>When is leaf collection?</h1>')
    expect(english.text).toContain('Was this answer helpful?')
    const hub = await page('/311/')
    expect(hub.status).toBe(200)
    expect(hub.text).toContain('href="/311/answers/when-is-leaf-collection/"')
    const frenchHub = await page('/fr/311/')
    // The French address comes from the French title.
    const link = /href="(\/fr\/311\/reponses\/[^"]+\/)"/.exec(frenchHub.text)?.[1]
    expect(link).toBe('/fr/311/reponses/quand-les-feuilles-sont-elles-ramassees/')
    const french = await page(link!)
    expect(french.text).toContain('Quand les feuilles sont-elles ramassées?')
    expect(french.text).toContain('<html lang="fr-CA">')
    // Between the answer and the service's report form, both ways.
    expect(english.text).toContain('href="/311/report/missed_garbage/"')
    const form = await page('/311/report/missed_garbage/')
    expect(form.text).toContain('Answers that may help')
    expect(form.text).toContain('href="/311/answers/when-is-leaf-collection/"')
    expect(form.text).toContain('data-suggest="311 answers"')
    expect((await page('/sitemap.xml')).text).toContain(
      '/311/answers/when-is-leaf-collection/</loc>',
    )
  })

  it('internal answers, notes and phone scripts appear nowhere in the output', async () => {
    const walk = async (dir: string): Promise<string[]> =>
      (
        await Promise.all(
          (await readdir(dir, { withFileTypes: true })).map((entry) =>
            entry.isDirectory()
              ? walk(path.join(dir, entry.name))
              : /\.(html|xml|json|txt|js)$/.test(entry.name)
                ? [path.join(dir, entry.name)]
                : [],
          ),
        )
      ).flat()
    const files = await walk(liveDir)
    expect(files.length).toBeGreaterThan(10)
    for (const file of files) {
      const text = await readFile(file, 'utf8')
      for (const marker of ['INTERNAL-ANSWER-MARKER', 'NOTE-MARKER', 'SCRIPT-MARKER'])
        expect(text.includes(marker), `${marker} in ${path.relative(liveDir, file)}`).toBe(false)
    }
  })
})

describe('the site’s search', () => {
  it('has an index per language over public articles only, served with the site', async () => {
    expect((await page('/pagefind/pagefind.js')).status).toBe(200)
    const entry = JSON.parse((await page('/pagefind/pagefind-entry.json')).text) as {
      languages: Record<string, { page_count: number }>
    }
    expect(Object.keys(entry.languages).sort()).toEqual(['en-ca', 'fr-ca'])
    const dir = path.join(liveDir, 'pagefind', 'fragment')
    const fragments = await Promise.all(
      (await readdir(dir)).map(async (f) =>
        gunzipSync(await readFile(path.join(dir, f))).toString(),
      ),
    )
    const all = fragments.join('\n')
    expect(all).toContain('When is leaf collection?')
    expect(all).toContain('Quand les feuilles sont-elles ramassées?')
    for (const marker of ['INTERNAL-ANSWER-MARKER', 'NOTE-MARKER', 'SCRIPT-MARKER'])
      expect(all).not.toContain(marker)
    // Articles only: the hub, the lists and the forms are not results.
    expect(all).not.toContain('Was this answer helpful?')
    expect(fragments.every((f) => /"filters":\{"section":/.test(f))).toBe(true)
    const search = await page('/search/')
    expect(search.text).toContain('Search needs JavaScript')
    expect((await page('/fr/recherche/')).text).toContain('<html lang="fr-CA">')
  })
})

describe('what readers tell the knowledge base', () => {
  it('"was this helpful?" is stored with the comment and nothing about the person; a bot’s is not', async () => {
    const sent = await feedback(publicId, {
      helpful: 'no',
      comment: 'Which week is mine?',
      language: 'en',
    })
    expect(sent.status).toBe(201)
    expect(sent.body).toContain('Your answer helps us keep this page useful.')
    expect(sent.body).toContain('/311/answers/when-is-leaf-collection/')
    await feedback(publicId, { helpful: 'yes', language: 'fr', website: 'http://spam.example' })
    const { docs } = await harness.payload.find({
      collection: KB_FEEDBACK,
      overrideAccess: true,
      depth: 0,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      helpful: false,
      comment: 'Which week is mine?',
      language: 'en',
    })
    expect(Object.keys(docs[0]!).sort()).toEqual(
      ['article', 'comment', 'createdAt', 'helpful', 'id', 'language', 'updatedAt'].sort(),
    )
  })

  it('takes no feedback on an internal answer, and refuses a flood from one address', async () => {
    expect((await feedback(internalId, { helpful: 'yes', language: 'en' })).status).toBe(404)
    const ip = '203.0.113.77'
    const statuses: number[] = []
    for (let i = 0; i < 21; i += 1)
      statuses.push((await feedback(publicId, { helpful: 'yes', language: 'en' }, ip)).status)
    expect(statuses.slice(0, 20).every((s) => s === 201)).toBe(true)
    expect(statuses[20]).toBe(429)
  })

  it('counts a reading once an hour per address, a row per answer, day and language', async () => {
    const view = (ip: string, lang = 'en') =>
      harness.rest('POST', `/${KB_ARTICLES}/${publicId}/view?lang=${lang}`, {
        headers: { 'x-forwarded-for': ip },
      })
    expect((await view('198.51.100.1')).status).toBe(204)
    await view('198.51.100.1')
    await view('198.51.100.2')
    await view('198.51.100.3', 'fr')
    const { docs } = await harness.payload.find({
      collection: KB_VIEWS,
      sort: 'language',
      overrideAccess: true,
      depth: 0,
    })
    expect(docs.map((d) => [d.language, d.views])).toEqual([
      ['en', 2],
      ['fr', 1],
    ])
    expect((await harness.rest('POST', `/${KB_ARTICLES}/${internalId}/view`)).status).toBe(404)
  })
})
