import {
  API_CLIENTS,
  CORRESPONDENCE,
  EMERGENCY_BULLETINS,
  MEDIA_RELEASES,
  PUBLICATIONS,
} from '../../cms/core/slugs'
import { demoAddresses } from '../../cms/addresses/core/demoCity'
import { queueItem } from '../../cms/outbox/enqueue'
import { seed, seedVolume } from '../../cms/seed/seed'
import type { Harness } from '../../tests/helpers/harness'
import { addConfirmedSubscribers } from '../../tests/helpers/seedData'
import { publishedBulletin } from '../email'

/** How many of each the application makes itself before the copies: each doubles to the year. */
export const TEMPLATES = { items: 40, requests: 25, cases: 30, subscribers: 15 } as const

/** Services of the demo catalogue, each with the answers its required questions need. */
const ATTRIBUTES: Record<string, Record<string, string>> = {
  POTHOLE: { size: 'medium' },
  MISSED_GARBAGE: { set_out_on_time: 'yes' },
  GRAFFITI: { offensive: 'no' },
  STREETLIGHT: { problem: 'out' },
  ILLEGAL_DUMPING: {},
}
const CODES = Object.keys(ATTRIBUTES)

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- REST bodies, read as the API documents them
const ok = (what: string, answer: { status: number; body: any }, expected = [200, 201]) => {
  if (!expected.includes(answer.status))
    throw new Error(`${what} failed: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`)
  return answer
}

/**
 * The rows the year is copied from, made through the application as staff and residents make
 * them: the demo content with two more saves each (versions), 311 reports through Open311 with
 * their history (acknowledged, in progress, closed), desk cases through the contact API with
 * replies and closings, confirmed subscribers, and an emergency bulletin queued to them.
 */
export const makeTemplates = async (harness: Harness, log: (line: string) => void) => {
  const { payload } = harness
  log('  the demo content, catalogue and addresses…')
  await seed(payload, { demo: true, log })
  // Forty items, so nine rounds of copies come to the year's 20,000 (40 × 2⁹ = 20,480).
  const items = async () =>
    (await payload.count({ collection: MEDIA_RELEASES, overrideAccess: true })).totalDocs +
    (await payload.count({ collection: PUBLICATIONS, overrideAccess: true })).totalDocs
  const demoItems = await items()
  if (demoItems < TEMPLATES.items) await seedVolume(payload, TEMPLATES.items - demoItems, log)
  for (const collection of [MEDIA_RELEASES, PUBLICATIONS] as const) {
    const { docs } = await payload.find({ collection, limit: 100, depth: 0, overrideAccess: true })
    for (const doc of docs)
      for (const round of [1, 2])
        await payload.update({
          collection,
          id: doc.id,
          data: { summary: `${doc.summary ?? ''} (revised ${round})`.trim() },
          overrideAccess: true,
          context: { seed: true },
        })
  }

  log(`  ${TEMPLATES.requests} 311 reports through Open311, with their history…`)
  const client = ok(
    'API client',
    await harness.rest('POST', `/${API_CLIENTS}`, {
      as: 'admin@city.example',
      body: { name: 'Year app', contact: 'year@app.example', rateLimitPerHour: 100_000 },
    }),
  ).body.doc.apiKey as string
  const places = demoAddresses(3000)
  for (let i = 0; i < TEMPLATES.requests; i += 1) {
    const code = CODES[i % CODES.length]!
    const place = places[(i * 97) % places.length]!
    const form = new URLSearchParams({
      api_key: client,
      service_code: code,
      lat: String(place.lat),
      long: String(place.long),
      email: `resident${i}@example.ca`,
      description: `Report ${i}: ${code.toLowerCase().replace(/_/g, ' ')} near ${place.number} ${place.street}.`,
    })
    for (const [name, value] of Object.entries(ATTRIBUTES[code] ?? {}))
      form.set(`attribute[${name}]`, value)
    const posted = ok(
      `Open311 POST ${i}`,
      await harness.rest('POST', '/open311/v2/requests.json', {
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
      }),
    ).body[0] as { service_request_id?: string; token?: string }
    const reference = posted.service_request_id
    if (!reference) continue // held for a duplicate check: it stays new
    const { docs } = await payload.find({
      collection: 'service-requests',
      where: { reference: { equals: reference } },
      depth: 0,
      overrideAccess: true,
    })
    const id = docs[0]!.id
    const steps: Record<string, unknown>[] =
      i % 3 === 0
        ? [{ state: 'acknowledged' }]
        : [
            { state: 'acknowledged' },
            { state: 'in-progress', notes: 'Crew scheduled.' },
            { state: 'closed', reason: 'resolved', notes: 'Fixed.' },
          ]
    for (const body of steps)
      ok(
        `status of ${reference}`,
        await harness.rest('POST', `/service-requests/${id}/status`, {
          as: 'admin@city.example',
          body,
        }),
      )
  }

  log(`  ${TEMPLATES.cases} desk cases with replies…`)
  for (let i = 0; i < TEMPLATES.cases; i += 1) {
    const opened = ok(
      `case ${i}`,
      await harness.rest('POST', `/${CORRESPONDENCE}`, {
        as: 'desk@city.example',
        body: {
          contactName: `Resident ${i}`,
          email: `case${i}@example.ca`,
          subject: `Question ${i} about waste collection`,
          message: `Hello, my bin was not collected on Tuesday (case ${i}). What should I do?`,
          kind: i % 4 === 0 ? 'complaint' : 'general',
          channel: i % 2 ? 'email' : 'web',
          consent: true,
          language: i % 5 === 0 ? 'fr' : 'en',
        },
      }),
    ).body.doc as { id: number | string }
    if (i % 3 === 2) continue
    ok(
      `reply to case ${i}`,
      await harness.rest('POST', `/${CORRESPONDENCE}/${opened.id}/reply`, {
        as: 'desk@city.example',
        body: { message: 'Thank you. Put the bin out again tonight; the crew returns tomorrow.' },
      }),
    )
    if (i % 3 === 0)
      ok(
        `close case ${i}`,
        await harness.rest('POST', `/${CORRESPONDENCE}/${opened.id}/close`, {
          as: 'desk@city.example',
          body: {},
        }),
      )
  }

  log(`  ${TEMPLATES.subscribers} subscribers…`)
  await addConfirmedSubscribers(
    payload,
    TEMPLATES.subscribers,
    'subscriber',
    ['emergency', 'news'],
    {
      language: (i) => (i % 5 === 0 ? 'fr' : 'en'),
    },
  )
}

/**
 * An emergency bulletin, published and queued to every subscriber (after the subscribers are
 * copied), as the workflow queues it.
 */
export const queueBulletin = async (harness: Harness) => {
  const bulletin = await publishedBulletin(harness.payload, 'Boil water advisory lifted')
  return queueItem(harness.payload, EMERGENCY_BULLETINS, bulletin as never)
}
