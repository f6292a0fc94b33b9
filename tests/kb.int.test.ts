import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { KB_ARTICLES, KB_SEARCH_MISSES, KB_SETTINGS } from '../cms/core/slugs'
import { richText } from '../cms/core/text/lexical'
import { loadHealth } from '../cms/kb/health'
import { DEMO_ARTICLES } from '../cms/seed/demoArticles'
import { seedDemo311, seedDemoArticles } from '../cms/seed/seed'
import { type Harness, startHarness } from './helpers/harness'
import { type Language } from '../site/lib/i18n'

/**
 * The knowledge base through the CMS: the agents' search over the seeded answers (a typo, French
 * without accents, another form of a word, a synonym editors manage), stale answers flagged, searches
 * without an answer logged without personal data, and nothing internal in any public answer.
 */
vi.setConfig({ testTimeout: 60_000 })
let harness: Harness
const DESK = 'desk@city.example'
const ADMIN = 'admin@city.example'

beforeAll(async () => {
  harness = await startHarness()
  await seedDemo311(harness.payload, 200)
  await seedDemoArticles(harness.payload)
})
afterAll(async () => {
  await harness?.close()
})

const search = async (q: string, lang: Language = 'en', as: string | null = DESK) =>
  harness.rest('GET', `/${KB_ARTICLES}/search?q=${encodeURIComponent(q)}&lang=${lang}`, {
    as: as ?? undefined,
  })

const titles = (answer: { body: { answers: { title: string }[] } }) =>
  answer.body.answers.map((a) => a.title)

describe('agent search', () => {
  it('is for staff only', async () => {
    expect((await search('garbage', 'en', null)).status).toBe(401)
  })

  it('finds answers through a typo, French without accents, another form of a word and a synonym', async () => {
    expect(titles(await search('garbge not picked up'))[0]).toBe('My garbage was not picked up')
    const french = await search('ordures menageres', 'fr')
    expect(titles(french)).toContain('Mes ordures n’ont pas été ramassées')
    expect(titles(await search('collected'))).toContain('When is my garbage collected?')
    expect(titles(await search('get rid of a chesterfield'))[0]).toBe(
      'How do I get rid of a couch or mattress?',
    )
  })

  it('shows the answer, the phone script and the notes at once, and flags an answer past its review date', async () => {
    const found = await search('mattress')
    const bulky = found.body.answers[0]
    expect(bulky).toMatchObject({
      title: 'How do I get rid of a couch or mattress?',
      summary: expect.stringContaining('Book a free bulky item pickup'),
      phoneScript: 'Book the pickup: ask for the address and the list of items.',
      internalNotes: expect.stringContaining('Four items a month'),
      audience: 'public',
      url: expect.stringMatching(/\/311\/answers\/bulky-items\/$/),
    })
    // The demo seeds every twelfth answer, from the sixth, as past its review date.
    expect(DEMO_ARTICLES[5]!.slug).toBe('bulky-items')
    expect(bulky.stale).toBe(true)
    expect((await search('garbage day')).body.answers[0].stale).toBe(false)
    // Internal answers are found by agents, with no public page.
    const internal = (await search('abusive caller')).body.answers[0]
    expect(internal).toMatchObject({ audience: 'internal', url: null })
  })

  it('logs a search without an answer, without the phone number typed in it', async () => {
    // "lessons" finds swimming lessons: a search with an answer is not logged.
    expect((await search('xylophone lessons')).body.answers.length).toBeGreaterThan(0)
    const nothing = await search('Xylophone 519-555-0123')
    expect(nothing.body.answers).toEqual([])
    const { docs } = await harness.payload.find({
      collection: KB_SEARCH_MISSES,
      overrideAccess: true,
    })
    expect(docs.map((d) => d.query)).toEqual(['xylophone #'])
    expect(docs[0]).toMatchObject({ language: 'en', source: 'agent' })
  })

  it('follows the editors’ synonyms and the articles as they change', async () => {
    await harness.payload.updateGlobal({
      slug: KB_SETTINGS,
      data: { synonymsEn: 'garbage, trash' },
      overrideAccess: true,
    })
    expect(titles(await search('chesterfield'))).toEqual([])
    expect(titles(await search('trash day'))[0]).toBe('When is my garbage collected?')
    await harness.payload.updateGlobal({
      slug: KB_SETTINGS,
      data: { synonymsEn: 'couch, chesterfield' },
      overrideAccess: true,
    })
    expect(titles(await search('chesterfield'))[0]).toBe('How do I get rid of a couch or mattress?')

    // A draft is not an answer yet; published, it is found at the next search.
    const draft = await harness.payload.create({
      collection: KB_ARTICLES,
      data: {
        title: 'Where do I recycle electronics?',
        slug: 'electronics-recycling',
        summary: 'Take old computers and televisions to the depot.',
        body: richText({ paragraph: 'Electronics are never collected at the curb.' }),
        audience: 'public',
        reviewBy: new Date(Date.now() + 86_400_000 * 300).toISOString(),
      },
      draft: true,
      overrideAccess: true,
    })
    expect(titles(await search('televisions'))).toEqual([])
    await harness.payload.update({
      collection: KB_ARTICLES,
      id: draft.id,
      data: { _status: 'published', workflowState: 'published' },
      overrideAccess: true,
      context: { seed: true },
    })
    expect(titles(await search('televisions'))).toEqual(['Where do I recycle electronics?'])
  })
})

describe('the site’s searches without an answer', () => {
  it('are logged from the search page, the words only, in their language', async () => {
    const sent = await harness.rest('POST', `/${KB_ARTICLES}/misses`, {
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-forwarded-for': '192.0.2.4',
      },
      body: 'q=pistes+cyclables+519+555+0123&lang=fr',
    })
    expect(sent.status).toBe(204)
    const { docs } = await harness.payload.find({
      collection: KB_SEARCH_MISSES,
      where: { source: { equals: 'site' } },
      overrideAccess: true,
    })
    expect(docs.map((d) => [d.query, d.language])).toEqual([['pistes cyclables #', 'fr']])
  })
})

describe('the knowledge base’s health', () => {
  it('lists answers past review first, with votes and views, and the searches that found nothing', async () => {
    const { rows, misses } = await loadHealth(harness.payload)
    expect(rows.length).toBeGreaterThanOrEqual(DEMO_ARTICLES.length)
    const stale = rows.filter((r) => r.stale).map((r) => r.title)
    expect(stale).toContain('How do I get rid of a couch or mattress?')
    expect(rows.slice(0, stale.length).every((r) => r.stale)).toBe(true)
    // The phone number's search, and the two made above before a synonym and an article existed.
    expect(misses).toEqual(
      expect.arrayContaining([
        { query: 'xylophone #', times: 1 },
        { query: 'chesterfield', times: 1 },
        { query: 'televisions', times: 1 },
        { query: 'pistes cyclables #', times: 1 },
      ]),
    )
    expect(misses).toHaveLength(4)
  })
})

describe('what the public reads', () => {
  it('never carries internal answers, notes or phone scripts, in either language', async () => {
    for (const locale of ['en', 'fr']) {
      const answer = await harness.rest('GET', `/${KB_ARTICLES}?limit=100&locale=${locale}`)
      expect(answer.status).toBe(200)
      // Every public demo answer; the one published above too.
      expect(answer.body.totalDocs).toBe(
        DEMO_ARTICLES.filter((a) => a.audience === 'public').length + 1,
      )
      const text = JSON.stringify(answer.body)
      for (const article of DEMO_ARTICLES) {
        expect(text).not.toContain(article.internalNotes)
        expect(text).not.toContain(article.phoneScript)
        if (article.audience === 'internal') expect(text).not.toContain(article.en.title)
      }
      expect(answer.body.docs.every((d: { audience: string }) => d.audience === 'public')).toBe(
        true,
      )
    }
    expect((await search('garbage', 'en', ADMIN)).status).toBe(200)
    // The search log is staff's: its words may still be someone's.
    expect((await harness.rest('GET', `/${KB_SEARCH_MISSES}`)).status).toBe(403)
  })
})
