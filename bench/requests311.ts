import sharp from 'sharp'

import { demoAddresses } from '../cms/addresses/core/demoCity'
import { importAddresses } from '../cms/addresses/importRegister'
import { localDate } from '../cms/core/businessDays'
import { readReceipt } from '../cms/coordination'
import { relationId } from '../cms/core/relationId'
import {
  ADDRESSES,
  API_CLIENTS,
  SERVICE_REQUESTS,
  SERVICE_TYPES,
  WARDS,
  WATCHES,
} from '../cms/core/slugs'
import { rowsInRange } from '../cms/db/rowsInRange'
import { seedDemo311 } from '../cms/seed/seed'
import { digestDue } from '../cms/email/core/digest'
import { loadTrends } from '../cms/servicerequests/trends'
import { queueWatchDigests } from '../cms/servicerequests/watchDigests'
import { startHarness } from '../tests/helpers/harness'
import { type Row, stats } from './table'

/**
 * 311 on a fresh SQLite file: the address register at 100,000 addresses (import, then search as a
 * form types), Open311 POST and GET through the CMS's request handler (no network between), and the
 * trends (with the equity view) over 400,000 requests, about ten years of Windsor's volume, and a
 * morning's ward-watch digests for 5,000 watchers.
 */
const log = (line: string) => console.error(line)
const rows: Row[] = []
const ms = (started: number) => performance.now() - started
const addressCount = Number(process.argv[2] ?? 100_000)
const requestCount = Number(process.argv[3] ?? 400_000)
const posts = 500

const harness = await startHarness()
const { payload } = harness
await seedDemo311(payload, 1)

log(`  importing ${addressCount.toLocaleString('en-CA')} addresses…`)
const addresses = demoAddresses(addressCount)
let started = performance.now()
const imported = await importAddresses(payload, addresses)
rows.push({
  measure: 'address register import (normalise, place in a ward, insert)',
  value: ms(started) / 1000,
  unit: 's',
  note: `${imported.inserted.toLocaleString('en-CA')} addresses`,
})

log('  address search as the form types…')
const queries = Array.from({ length: 1000 }, (_, i) => {
  const a = addresses[(i * 7919) % addresses.length]!
  const typed = [
    `${a.number} ${a.street}`,
    `${a.number} ${a.street.split(' ')[0]!.toLowerCase()} st`,
    a.street.slice(0, 4),
    a.number,
  ]
  return typed[i % typed.length]!
})
const searchTimes: number[] = []
for (const q of queries) {
  const one = performance.now()
  const answer = await harness.rest('GET', `/addresses/search?q=${encodeURIComponent(q)}`)
  if (answer.status !== 200) throw new Error(`search failed: ${answer.status}`)
  searchTimes.push(ms(one))
}
const search = stats(searchTimes)
rows.push({
  measure: `address search p95 (${addressCount.toLocaleString('en-CA')} addresses)`,
  value: search.p95,
  unit: 'ms',
  note: `median ${search.median.toFixed(1)} ms over ${queries.length} queries`,
})

log(`  ${posts} Open311 POSTs…`)
const client = await harness.rest('POST', `/${API_CLIENTS}`, {
  as: 'admin@city.example',
  body: { name: 'Bench app', contact: 'bench@app.example', rateLimitPerHour: 100_000 },
})
const key = client.body.doc.apiKey as string
const postTimes: number[] = []
const references: string[] = []
started = performance.now()
for (let i = 0; i < posts; i += 1) {
  const a = addresses[(i * 104_729) % addresses.length]!
  const one = performance.now()
  const answer = await harness.rest('POST', '/open311/v2/requests.json', {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      api_key: key,
      service_code: 'GRAFFITI',
      lat: String(a.lat),
      long: String(a.long),
      'attribute[offensive]': 'no',
      email: `bench${i}@example.ca`,
      description: `Graffiti number ${i}`,
    }).toString(),
  })
  if (answer.status !== 201)
    throw new Error(`POST failed: ${answer.status} ${JSON.stringify(answer.body)}`)
  references.push(answer.body[0].service_request_id)
  postTimes.push(ms(one))
}
const postTotal = ms(started)
const post = stats(postTimes)
rows.push({
  measure: 'Open311 POST requests.json (validate, place, duplicates, route, store, email queued)',
  value: posts / (postTotal / 1000),
  unit: 'req/s',
  note: `median ${post.median.toFixed(1)} ms, p95 ${post.p95.toFixed(1)} ms`,
})

log('  Open311 GETs…')
const getTimes: number[] = []
started = performance.now()
for (let i = 0; i < posts; i += 1) {
  const one = performance.now()
  const answer = await harness.rest('GET', `/open311/v2/requests/${references[i]}.json`)
  if (answer.status !== 200) throw new Error(`GET failed: ${answer.status}`)
  getTimes.push(ms(one))
}
const getTotal = ms(started)
rows.push({
  measure: 'Open311 GET requests/{id}.json',
  value: posts / (getTotal / 1000),
  unit: 'req/s',
  note: `p95 ${stats(getTimes).p95.toFixed(1)} ms`,
})
started = performance.now()
const list = await harness.rest('GET', '/open311/v2/requests.json')
rows.push({
  measure: 'Open311 GET requests.json (the last 90 days, up to 1,000)',
  value: ms(started),
  unit: 'ms',
  note: `${list.body.length} requests`,
})

log('  closing the loop: status changes, comments, updates…')
// Each closing records the history, emails the reporter (outbox), and looks for the app's callback.
const closeTimes: number[] = []
started = performance.now()
for (const reference of references) {
  const one = performance.now()
  const answer = await harness.rest('POST', `/${SERVICE_REQUESTS}/${reference}/status`, {
    as: 'admin@city.example',
    body: { state: 'closed', reason: 'resolved', notes: 'Painted over.' },
  })
  if (answer.status !== 200) throw new Error(`close failed: ${answer.status}`)
  closeTimes.push(ms(one))
}
rows.push({
  measure: 'status change: close (history, reporter emailed with its links, callback checked)',
  value: references.length / (ms(started) / 1000),
  unit: 'req/s',
  note: `p95 ${stats(closeTimes).p95.toFixed(1)} ms`,
})
const commentTimes: number[] = []
started = performance.now()
for (const [i, reference] of references.entries()) {
  const one = performance.now()
  const answer = await harness.rest('POST', '/open311/v2/servicerequestupdates.json', {
    // Another server's address than the requests' above: one address may post 600 an hour.
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-forwarded-for': '203.0.113.200',
    },
    body: new URLSearchParams({
      api_key: key,
      service_request_id: reference,
      update_id: `bench-${i}`,
      status: 'CLOSED',
      description: 'Thanks, it looks clean now.',
    }).toString(),
  })
  if (answer.status !== 201) throw new Error(`update POST failed: ${answer.status}`)
  commentTimes.push(ms(one))
}
rows.push({
  measure: 'Open311 POST servicerequestupdates.json (a comment, once per update_id)',
  value: references.length / (ms(started) / 1000),
  unit: 'req/s',
  note: `p95 ${stats(commentTimes).p95.toFixed(1)} ms`,
})
started = performance.now()
const updates = await harness.rest('GET', '/open311/v2/servicerequestupdates.json?page_size=1000')
rows.push({
  measure: 'Open311 GET servicerequestupdates.json (the last 90 days, a page of 1,000)',
  value: ms(started),
  unit: 'ms',
  note: `${updates.body.length} updates`,
})
started = performance.now()
const paged = await harness.rest('GET', '/open311/v2/requests.json?page=3&page_size=100')
rows.push({
  measure: 'Open311 GET requests.json?page=3&page_size=100 (counted for the offset)',
  value: ms(started),
  unit: 'ms',
  note: `${paged.body.length} requests`,
})

log('  Open311 POSTs with a 12-megapixel camera photo…')
// A phone photo's size and texture (noise does not compress, as real scenes barely do at quality 85).
const photo = await sharp(
  Buffer.alloc(4000 * 3000 * 3).map((_, i) => (i * 7 + (i >> 12) * 13) & 255),
  { raw: { width: 4000, height: 3000, channels: 3 } },
)
  .jpeg({ quality: 85 })
  .toBuffer()
const photoTimes: number[] = []
for (let i = 0; i < 20; i += 1) {
  const a = addresses[(i * 7907) % addresses.length]!
  const form = new FormData()
  for (const [name, value] of Object.entries({
    api_key: key,
    service_code: 'GRAFFITI',
    lat: String(a.lat),
    long: String(a.long),
    'attribute[offensive]': 'no',
  }))
    form.append(name, value)
  form.append('media', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'IMG.jpg')
  const one = performance.now()
  const answer = await harness.rest('POST', '/open311/v2/requests.json', { body: form })
  if (answer.status !== 201) throw new Error(`photo POST failed: ${answer.status}`)
  photoTimes.push(ms(one))
}
const withPhoto = stats(photoTimes)
rows.push({
  measure:
    'Open311 POST with a 12 MP photo (check, original stored, public copy resized without metadata)',
  value: withPhoto.median,
  unit: 'ms',
  note: `p95 ${withPhoto.p95.toFixed(0)} ms; photo ${(photo.length / 1024 / 1024).toFixed(1)} MB, 20 posts`,
})

log(`  writing ${requestCount.toLocaleString('en-CA')} requests over ten years…`)
// Rows written straight into the table: the trends read the database; how they got there is not measured.
const db = payload.db as unknown as {
  drizzle: { insert: (table: unknown) => { values: (rows: unknown[]) => Promise<unknown> } }
  tables: Record<string, unknown>
}
const table = db.tables[SERVICE_REQUESTS.replace(/-/g, '_')]
const service = (await payload.find({ collection: SERVICE_TYPES, limit: 1, overrideAccess: true }))
  .docs[0]!
const wards = (await payload.find({ collection: WARDS, overrideAccess: true })).docs
// A fifth of the register's ids, so the same places come back (the repeat-location table has rows).
const addressIds: (number | string)[] = []
for await (const page of rowsInRange<{ id: number }>(payload, {
  collection: ADDRESSES,
  field: 'createdAt',
  start: '2000-01-01',
  end: '2100-01-01',
  columns: [],
}))
  addressIds.push(...page.map((a) => a.id))
addressIds.length = Math.floor(addressIds.length / 5)
const codes = [
  'POTHOLE',
  'MISSED_GARBAGE',
  'GRAFFITI',
  'STREETLIGHT',
  'NOISE',
  'PARKING',
  'TREE_ON_ROAD',
]
const tenYears = 10 * 365 * 86_400_000
const start = Date.UTC(2016, 11, 1)
for (let offset = 0; offset < requestCount; offset += 1000) {
  const batch = []
  for (let i = offset; i < Math.min(requestCount, offset + 1000); i += 1) {
    const requestedAt = start + ((i * 7919) % requestCount) * (tenYears / requestCount)
    // A fifth of the register, so the same places come back (the repeat-location table has rows).
    const a = addresses[(i * 31) % Math.floor(addresses.length / 5)]!
    const closed = i % 10 !== 0
    const now = new Date().toISOString()
    batch.push({
      reference: `SR-2000-${String(i + 1).padStart(7, '0')}`,
      service: service.id,
      serviceCode: codes[i % codes.length],
      lat: a.lat,
      long: a.long,
      ward: wards[i % wards.length]!.id,
      address: addressIds[(i * 31) % addressIds.length],
      addressLabel: `${a.number} ${a.street}`,
      language: 'en',
      channel: 'web',
      state: closed ? 'closed' : 'acknowledged',
      status: closed ? 'closed' : 'open',
      closingReason: closed ? 'resolved' : null,
      requestedAt: new Date(requestedAt).toISOString(),
      expectedAt: new Date(requestedAt + 5 * 86_400_000).toISOString(),
      closedAt: closed ? new Date(requestedAt + ((i % 9) + 1) * 86_400_000).toISOString() : null,
      // Some said "still not fixed", a quarter answered the survey: the equity view sums them.
      reopenCount: closed && i % 13 === 0 ? 1 : 0,
      surveyScore: closed && i % 4 === 0 ? (i % 5) + 1 : null,
      department: relationId(service.department),
      createdAt: now,
      updatedAt: now,
    })
  }
  await db.drizzle.insert(table).values(batch)
}
started = performance.now()
const decade = await loadTrends(payload, {
  from: '2016-12-01',
  to: localDate(new Date(start + tenYears)),
})
rows.push({
  measure: `311 trends over ${requestCount.toLocaleString('en-CA')} requests (ten years)`,
  value: ms(started) / 1000,
  unit: 's',
  note: `${decade.byWeek.length} weeks, ${decade.byService.length} services, ${decade.byWard.length} wards (equity view), ${decade.repeatLocations.length} repeat places`,
})
started = performance.now()
const year = await loadTrends(payload, { from: '2025-01-01', to: '2025-12-31' })
rows.push({
  measure: '311 trends, one year of it',
  value: ms(started),
  unit: 'ms',
  note: `${year.total.toLocaleString('en-CA')} requests`,
})

// Ward watch: 5,000 confirmed watchers (every other one a ward, the others a 500 m circle), and
// the next morning's digests of the day's reports (the posts above).
const watchers = 5000
log(`  ${watchers.toLocaleString('en-CA')} ward watchers…`)
const yesterday = new Date(Date.now() - 86_400_000).toISOString()
for (let i = 0; i < watchers; i += 1) {
  const a = addresses[(i * 97) % addresses.length]!
  const ward = wards[i % wards.length]!
  await payload.create({
    collection: WATCHES,
    data: {
      email: `watcher${i}@example.ca`,
      language: i % 3 === 0 ? 'fr' : 'en',
      events: ['new', 'closed'],
      confirmedAt: yesterday,
      ...(i % 2 === 0
        ? { ward: ward.id, wardNumber: ward.number }
        : { lat: a.lat, long: a.long, radius: 500, addressLabel: `${a.number} ${a.street}` }),
    },
    overrideAccess: true,
  })
}
started = performance.now()
// The scheduled pass queues 2 s of them at a time (the next pass goes on): every pass, to the end.
const morning = new Date(digestDue('daily', new Date()).dueAt.getTime() + 86_400_000 + 60_000)
const marker = `watch-digest:${digestDue('daily', morning).key}`
let digests = 0
let passes = 0
while (!(await readReceipt(payload, marker))) {
  digests += await queueWatchDigests(payload, morning)
  passes += 1
}
rows.push({
  measure: `311 ward watch: a morning's digests, ${watchers.toLocaleString('en-CA')} watchers`,
  value: ms(started) / 1000,
  unit: 's',
  note: `${digests.toLocaleString('en-CA')} emails queued from ${posts} reports of the day, in ${passes} passes of at most 2 s`,
})

await harness.close()
console.log(JSON.stringify(rows))
process.exit(0)
