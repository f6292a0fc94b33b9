import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { buildAgentIndex, type SearchableArticle } from '../cms/kb/core/agentSearch'
import { parseSynonyms } from '../cms/kb/core/analyse'
import { DEFAULT_SYNONYMS } from '../cms/kb/core/defaultSynonyms'
import { searchForAgent } from '../cms/kb/agentIndex'
import { writeSearchIndex } from '../cms/publishing/searchIndex'
import { DEMO_ARTICLES } from '../cms/seed/demoArticles'
import { seedDemo311, seedDemoArticles } from '../cms/seed/seed'
import { startHarness } from '../tests/helpers/harness'
import { type Row, stats } from './table'

/**
 * The knowledge base: the agents' search over 5,000 articles (index build, then search p95 for what
 * callers ask), the same search through the CMS with its freshness check, and the site's search
 * index (Pagefind) per 1,000 pages: build time, size on disk, and what a visitor's first search
 * downloads.
 */
const log = (line: string) => console.error(line)
const rows: Row[] = []
const ms = (started: number) => performance.now() - started
const articleCount = Number(process.argv[2] ?? 5000)
const pageCount = Number(process.argv[3] ?? 1000)

const NEIGHBOURHOODS = ['Riverside', 'Old Town', 'Lakeview', 'Forest Glade', 'Harbour', 'Northgate']
const QUERIES = [
  'garbage day',
  'garbge not colected',
  'get rid of old sofa',
  'paint and batteries',
  'flat tire pothole claim',
  'street lamppost flickering',
  'when will the plough come',
  'overnight parking in winter',
  'barking dog at night',
  'fallen branch blocking road',
  'no water from my tap',
  'renew dog license',
  'flooded basement backwater valve',
  'swiming lesons registration',
  'who to page after hours',
]

// Five thousand answers: the demo's 48, each told again for neighbourhoods and seasons, as a large
// City's knowledge base repeats itself with local detail.
const many: SearchableArticle[] = Array.from({ length: articleCount }, (_, i) => {
  const base = DEMO_ARTICLES[i % DEMO_ARTICLES.length]!
  const place = NEIGHBOURHOODS[Math.floor(i / DEMO_ARTICLES.length) % NEIGHBOURHOODS.length]!
  return {
    id: i + 1,
    slug: `${base.slug}-${i}`,
    title: `${base.en.title} (${place}, version ${Math.floor(i / DEMO_ARTICLES.length)})`,
    summary: base.en.summary,
    body: `${base.en.body} In ${place}, the same applies; ask the ${place} service centre for local details.`,
    keywords: base.en.keywords,
    internalNotes: base.internalNotes,
    phoneScript: base.phoneScript,
  }
})
log(`  agents' search: indexing ${articleCount.toLocaleString('en-CA')} articles…`)
let started = performance.now()
const index = buildAgentIndex(many, 'en', parseSynonyms(DEFAULT_SYNONYMS.en))
rows.push({
  measure: `agents' search: build the index (${articleCount.toLocaleString('en-CA')} articles)`,
  value: ms(started),
  unit: 'ms',
  note: 'in memory, rebuilt when an article or the synonyms change',
})
const times: number[] = []
for (let i = 0; i < 1000; i += 1) {
  const one = performance.now()
  index.search(QUERIES[i % QUERIES.length]!, 20)
  times.push(ms(one))
}
const pure = stats(times)
rows.push({
  measure: `agents' search p95 over ${articleCount.toLocaleString('en-CA')} articles`,
  value: pure.p95,
  unit: 'ms',
  note: `median ${pure.median.toFixed(2)} ms, 1,000 English searches, typos and synonyms among them`,
})

log('  agents’ search through the CMS (the demo knowledge base, SQLite)…')
const harness = await startHarness()
await seedDemo311(harness.payload, 200)
await seedDemoArticles(harness.payload)
await searchForAgent(harness.payload, 'warm up', 'en')
const through: number[] = []
for (let i = 0; i < 300; i += 1) {
  const one = performance.now()
  await searchForAgent(harness.payload, QUERIES[i % QUERIES.length]!, i % 2 ? 'fr' : 'en')
  through.push(ms(one))
}
const cms = stats(through)
rows.push({
  measure: 'agents’ search through the CMS (freshness check, search, answers)',
  value: cms.p95,
  unit: 'ms p95',
  note: `median ${cms.median.toFixed(1)} ms, ${DEMO_ARTICLES.length} articles, both languages`,
})
await harness.close()

log(`  site search: indexing ${pageCount.toLocaleString('en-CA')} pages with Pagefind…`)
const dir = await mkdtemp(path.join(tmpdir(), 'civic-pagefind-'))
for (let i = 0; i < pageCount; i += 1) {
  const base = DEMO_ARTICLES[i % DEMO_ARTICLES.length]!
  const fr = i % 2 === 1
  const text = fr ? base.fr : base.en
  const place = NEIGHBOURHOODS[i % NEIGHBOURHOODS.length]!
  const file = path.join(dir, fr ? 'fr' : 'en', `page-${i}`, 'index.html')
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(
    file,
    `<!doctype html><html lang="${fr ? 'fr-CA' : 'en-CA'}"><head><title>${text.title}</title></head><body>` +
      `<nav>Menu</nav><main><article data-pagefind-body data-pagefind-filter="section:Answers">` +
      `<h1>${text.title} ${place} ${i}</h1><p>${text.summary}</p><p>${text.body}</p>` +
      `<p>${text.body} ${place}.</p></article></main></body></html>`,
  )
}
started = performance.now()
const indexed = await writeSearchIndex(dir)
const buildSeconds = ms(started) / 1000
const sizes = async (folder: string): Promise<{ name: string; bytes: number }[]> =>
  (
    await Promise.all(
      (await readdir(folder, { withFileTypes: true })).map(async (entry) => {
        const full = path.join(folder, entry.name)
        return entry.isDirectory()
          ? sizes(full)
          : [
              {
                name: path.relative(path.join(dir, 'pagefind'), full),
                bytes: (await stat(full)).size,
              },
            ]
      }),
    )
  ).flat()
const files = await sizes(path.join(dir, 'pagefind'))
const total = files.reduce((sum, f) => sum + f.bytes, 0)
const firstSearch = files
  .filter(
    (f) =>
      f.name === 'pagefind.js' ||
      f.name === 'pagefind-entry.json' ||
      /^wasm\.en/.test(f.name) ||
      /^pagefind\.en[^/]*\.pf_meta$/.test(f.name),
  )
  .reduce((sum, f) => sum + f.bytes, 0)
const per1000 = 1000 / Math.max(1, indexed.pages)
rows.push({
  measure: 'site search index build (Pagefind), per 1,000 pages',
  value: buildSeconds * per1000,
  unit: 's',
  note: `${indexed.pages} pages in two languages indexed in ${buildSeconds.toFixed(1)} s`,
})
rows.push({
  measure: 'site search index size, per 1,000 pages',
  value: (total / 1024 / 1024) * per1000,
  unit: 'MB',
  note: `${files.length} files; a visitor's first search loads about ${Math.round(firstSearch / 1024)} KB before the index chunks for its words`,
})
await rm(dir, { recursive: true, force: true })

console.log(JSON.stringify(rows))
process.exit(0)
