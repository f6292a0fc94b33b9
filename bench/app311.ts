import { randomUUID } from 'node:crypto'
import { gzipSync } from 'node:zlib'

import sharp from 'sharp'

import { demoAddresses } from '../cms/addresses/core/demoCity'
import { SERVICE_REQUESTS } from '../cms/core/slugs'
import { rebuildSite } from '../cms/publishing/task'
import { seedDemo311 } from '../cms/seed/seed'
import { currentSettings } from '../cms/settings'
import { createSiteServer } from '../site/server/staticServer'
import { startHarness } from '../tests/helpers/harness'
import { type Row, stats } from './table'

/**
 * The 311 app on a fresh SQLite file: its first load over loopback (the page and everything it
 * names, as the service worker keeps them: bytes as sent and compressed, and the time until the last
 * byte), and a queued report's time to its reference (multipart with a phone photo and its key,
 * through the CMS's request handler), then the same report sent again after a lost answer.
 */
const log = (line: string) => console.error(line)
const rows: Row[] = []
const loads = 20
const reports = 50

const harness = await startHarness()
await seedDemo311(harness.payload)
log('  building the site…')
await rebuildSite(harness.payload, 'bench: the 311 app', harness.key, { full: true })
const server = createSiteServer(currentSettings().siteOutDir, 'http://127.0.0.1:3000')
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const address = server.address()
const site = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`

/** One first visit: the page, then what it names (in parallel, as a browser fetches them). */
const firstLoad = async (page: string) => {
  const started = performance.now()
  const html = await (await fetch(`${site}${page}`)).text()
  const names = [...new Set([...html.matchAll(/(?:href|src)="(\/[^"/][^"]*)"/g)].map((m) => m[1]!))]
  // The site's other pages its header links to are not part of the app.
  const assets = names.filter((n) => /^\/(_astro\/|[\w-]+\.(js|svg|css)$|(fr\/)?app\/.+)/.test(n))
  const bodies = await Promise.all(
    assets.map(async (n) => Buffer.from(await (await fetch(`${site}${n}`)).arrayBuffer())),
  )
  const ms = performance.now() - started
  const all = [Buffer.from(html), ...bodies]
  return {
    ms,
    files: all.length,
    bytes: all.reduce((sum, b) => sum + b.length, 0),
    gzipped: all.reduce((sum, b) => sum + gzipSync(b).length, 0),
  }
}

for (const page of ['/app/', '/fr/app/']) {
  log(`  first loads of ${page}…`)
  const samples = []
  for (let i = 0; i < loads; i += 1) samples.push(await firstLoad(page))
  const { median, p95 } = stats(samples.map((s) => s.ms))
  const one = samples[0]!
  rows.push({
    measure: `311 app ${page} first load, loopback (median)`,
    value: median,
    unit: 'ms',
    note: `p95 ${p95.toFixed(1)} ms; ${one.files} files, ${(one.bytes / 1024).toFixed(1)} KB, ${(one.gzipped / 1024).toFixed(1)} KB gzipped (the limit: 200 KB)`,
  })
}
server.close()

log(`  ${reports} reports from the app, each with a photo and its key…`)
// A phone's 12-megapixel photo: noise keeps it the size a camera's JPEG is (about 4 MB).
const photo = await sharp({
  create: {
    width: 3024,
    height: 4032,
    channels: 3,
    background: '#553',
    noise: { type: 'gaussian', mean: 110, sigma: 20 },
  },
})
  .jpeg({ quality: 85 })
  .toBuffer()
const addresses = demoAddresses()
const post = (key: string, i: number) => {
  const a = addresses[i % addresses.length]!
  const form = new FormData()
  for (const [k, v] of Object.entries({
    service_code: 'POTHOLE',
    'attribute[size]': 'large',
    lat: String(a.lat),
    long: String(a.long),
    channel: 'app',
    idempotency_key: key,
  }))
    form.append(k, v)
  form.append('media', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'IMG_1.jpg')
  return harness.rest('POST', `/${SERVICE_REQUESTS}`, {
    body: form,
    headers: { 'x-forwarded-for': `198.18.${Math.floor(i / 5)}.${(i % 5) + 1}` },
  })
}
const sent: number[] = []
const replayed: number[] = []
for (let i = 0; i < reports; i += 1) {
  const key = randomUUID()
  let started = performance.now()
  const first = await post(key, i)
  sent.push(performance.now() - started)
  if (first.status !== 201)
    throw new Error(`report ${i}: ${first.status} ${JSON.stringify(first.body)}`)
  started = performance.now()
  const again = await post(key, i)
  replayed.push(performance.now() - started)
  if (again.body.reference !== first.body.reference) throw new Error('a retry made a second report')
}
const toReference = stats(sent)
rows.push({
  measure: '311 app report → its reference (median)',
  value: toReference.median,
  unit: 'ms',
  note: `p95 ${toReference.p95.toFixed(0)} ms; ${(photo.length / 1024 / 1024).toFixed(1)} MB photo (12 MP), stored, resized and scrubbed`,
})
const again = stats(replayed)
rows.push({
  measure: '311 app report sent again after a lost answer (median)',
  value: again.median,
  unit: 'ms',
  note: `p95 ${again.p95.toFixed(0)} ms; the first answer, nothing stored`,
})
await harness.close()
console.log(JSON.stringify(rows))
process.exit(0)
