import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { demoAddresses, demoWards } from '../cms/addresses/core/demoCity'
import { wardAt } from '../cms/addresses/core/geo'
import { signedId } from '../cms/core/signedId'
import { SERVICE_REQUESTS, WATCHES } from '../cms/core/slugs'
import { digestDue } from '../cms/email/core/digest'
import { readReceipt } from '../cms/coordination'
import { closeOutboxTransporter } from '../cms/email/transport'
import { seedDemo311 } from '../cms/seed/seed'
import { queueWatchDigests } from '../cms/servicerequests'
import { type Harness, startHarness } from './helpers/harness'
import { drainOutbox } from './helpers/outbox'
import { startSmtpSink } from './helpers/smtpSink'

/**
 * Ward watch as a councillor, a neighbour and a stranger meet it: `POST /api/watches`, the mailed
 * link that starts it, the next day's digest with the new report in the watcher's language (and
 * none on a quiet day, none to the unconfirmed, none twice), the one-click stop, and the hostile
 * versions of each way in.
 */
vi.setConfig({ testTimeout: 60_000 })
let harness: Harness
let sink: Awaited<ReturnType<typeof startSmtpSink>>
const ADMIN = 'admin@city.example'
const DAY_MS = 86_400_000
const main = demoAddresses().find((a) => a.street === 'Main Street' && a.number === '123')!
const mainWard = wardAt(main, demoWards())!.number
const otherWard = demoWards().find((w) => w.number !== mainWard)!.number

beforeAll(async () => {
  sink = await startSmtpSink()
  harness = await startHarness()
  process.env.SMTP_URL = sink.url
  await seedDemo311(harness.payload)
})
afterAll(async () => {
  closeOutboxTransporter()
  delete process.env.SMTP_URL
  await harness?.close()
  await sink?.close()
})

let ip = 10
/** Each sign-up from its own address unless told: the per-address limit has its own test. */
const signUp = (body: Record<string, unknown>, from = `198.51.100.${ip++}`) =>
  harness.rest('POST', `/${WATCHES}`, { body, headers: { 'x-forwarded-for': from } })

const linkIn = (text: string, kind: 'confirm' | 'stop') =>
  new RegExp(`(https?://\\S+/api/watches/${kind}/\\S+)`).exec(text)![1]!

const pathOf = (url: string) => new URL(url).pathname.replace(/^\/api/, '')

/** Signs up and opens the mailed link as a person would (GET shows a button, its POST starts). */
const watching = async (email: string, body: Record<string, unknown>) => {
  const answer = await signUp({ email, ...body })
  expect(answer.status).toBe(202)
  await drainOutbox(harness.payload)
  const link = linkIn(sink.to(email).at(-1)!.parsed.text!, 'confirm')
  expect((await harness.rest('POST', pathOf(link))).status).toBe(200)
  return link
}

/** The next digest after now: the day that holds this moment ends at the next 07:00. */
const tomorrowMorning = () =>
  new Date(digestDue('daily', new Date()).dueAt.getTime() + DAY_MS + 60_000)

/** A watch as stored, by its email (the first one). */
const watchOf = async (email: string) =>
  (
    await harness.payload.find({
      collection: WATCHES,
      where: { email: { equals: email } },
      overrideAccess: true,
    })
  ).docs[0]

/** Moves a request's closing to the hour before a morning (the rows' clock, not the machine's). */
const closedHourBefore = (reference: string, morning: Date) =>
  harness.payload.update({
    collection: SERVICE_REQUESTS,
    where: { reference: { equals: reference } },
    data: { closedAt: new Date(morning.getTime() - 3_600_000).toISOString() },
    overrideAccess: true,
    context: { requests311: true },
  })

const report = async (lat: number, long: number) => {
  const posted = await harness.rest('POST', `/${SERVICE_REQUESTS}`, {
    as: ADMIN,
    body: {
      serviceCode: 'POTHOLE',
      lat,
      long,
      description: 'A deep pothole.',
      channel: 'phone',
    },
  })
  expect(posted.status).toBe(201)
  return posted.body.reference as string
}

describe('ward watch', () => {
  let frenchStop = ''
  let reference = ''

  it('signs up by JSON: 202, one confirmation in the watcher’s language, nothing sent before', async () => {
    const answer = await signUp({ email: 'Conseil@Example.CA', ward: mainWard, language: 'fr' })
    expect(answer.status).toBe(202)
    expect(answer.body).toEqual({ watching: false, confirm: 'email' })
    await drainOutbox(harness.payload)
    const mail = sink.to('conseil@example.ca').at(-1)!.parsed
    expect(mail.subject).toBe(
      `Confirmez : signalements 311 quotidiens dans le quartier ${mainWard}`,
    )
    const link = linkIn(mail.text!, 'confirm')
    // A mail scanner opening the link starts nothing: the page has one button.
    const page = await harness.rest('GET', pathOf(link))
    expect(page.status).toBe(200)
    expect(page.body).toMatch(/<form method="post"[^>]*>/)
    expect(page.body).toContain('Commencer le courriel quotidien')
    const watch = await watchOf('conseil@example.ca')
    expect(watch).toMatchObject({ wardNumber: mainWard, language: 'fr', events: ['new', 'closed'] })
    // Nothing is sent before this is set: the link's button, pressed.
    expect(watch!.confirmedAt ?? null).toBeNull()
    const started = await harness.rest('POST', pathOf(link))
    expect(started.status).toBe(200)
    expect(started.body).toContain('Suivi commencé')
    // Signing up again for the same ward is the same watch, not a second email a day.
    expect(
      (await signUp({ email: 'conseil@example.ca', ward: mainWard, language: 'fr' })).status,
    ).toBe(202)
    expect(
      (
        await harness.payload.count({
          collection: WATCHES,
          where: { email: { equals: 'conseil@example.ca' } },
        })
      ).totalDocs,
    ).toBe(1)
  })

  it('the watch is among the person’s records for an access request', async () => {
    const records = await harness.rest('GET', '/correspondence/export?email=conseil@example.ca', {
      as: 'desk@city.example',
    })
    expect(records.status).toBe(200)
    expect(records.body.wardWatches).toHaveLength(1)
    expect(records.body.wardWatches[0]).toMatchObject({ wardNumber: mainWard, language: 'fr' })
  })

  it('signs up by the ward page’s form, a circle around an address', async () => {
    const form = await harness.rest('POST', `/${WATCHES}`, {
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-forwarded-for': '198.51.100.200',
      },
      body: new URLSearchParams({
        email: 'neighbour@example.ca',
        address: '123 Main Street',
        radius: '300',
        events: 'new',
      }).toString(),
    })
    expect(form.status).toBe(202)
    expect(form.body).toContain('Check your inbox')
    await drainOutbox(harness.payload)
    const mail = sink.to('neighbour@example.ca').at(-1)!.parsed
    expect(mail.subject).toBe('Confirm: daily 311 reports in 300 m around 123 Main Street')
    await harness.rest('POST', pathOf(linkIn(mail.text!, 'confirm')))
    await watching('far@example.ca', { ward: otherWard })
    // Never confirmed: never sent anything but the one link.
    expect((await signUp({ email: 'unproven@example.ca', ward: mainWard })).status).toBe(202)
  })

  it('the next day’s digest has the new report, in the watcher’s language; a quiet watch gets none', async () => {
    reference = await report(main.lat + 0.0005, main.long)
    const before = sink.to('far@example.ca').length
    const unproven = sink.to('unproven@example.ca').length
    const morning = tomorrowMorning()
    expect(await queueWatchDigests(harness.payload, morning)).toBe(2)
    await drainOutbox(harness.payload)
    const fr = sink.to('conseil@example.ca').at(-1)!.parsed
    expect(fr.subject).toMatch(new RegExp(`^Signalements 311 dans le quartier ${mainWard}, `))
    expect(fr.text).toContain('1 nouveau signalement')
    expect(fr.text).toContain(`- ${reference}, Nid-de-poule`)
    expect(fr.text).not.toContain('A deep pothole')
    frenchStop = linkIn(fr.text!, 'stop')
    const raw = sink
      .to('conseil@example.ca')
      .at(-1)!
      .raw.replace(/\r?\n[ \t]+/g, ' ')
    expect(raw).toContain(`List-Unsubscribe: <${frenchStop}>`)
    expect(raw).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click')
    const en = sink.to('neighbour@example.ca').at(-1)!.parsed
    expect(en.subject).toMatch(/^311 reports in 300 m around 123 Main Street, /)
    expect(en.text).toContain(`- ${reference}, Pothole`)
    expect(sink.to('far@example.ca')).toHaveLength(before)
    expect(sink.to('unproven@example.ca')).toHaveLength(unproven)
    // The same morning again (a second worker, a restart): nobody gets it twice.
    expect(await queueWatchDigests(harness.payload, morning)).toBe(0)
  })

  it('closures reach the watchers who asked for them, not those who asked only for new reports', async () => {
    const closed = await harness.rest('POST', `/${SERVICE_REQUESTS}/${reference}/status`, {
      as: ADMIN,
      body: { state: 'closed', reason: 'resolved', notes: 'Filled.' },
    })
    expect(closed.status).toBe(200)
    // The closing moved into the day after (the clock of the rows, not of the test's machine).
    const nextMorning = new Date(tomorrowMorning().getTime() + DAY_MS)
    await closedHourBefore(reference, nextMorning)
    const neighbour = sink.to('neighbour@example.ca').length
    expect(await queueWatchDigests(harness.payload, nextMorning)).toBe(1)
    await drainOutbox(harness.payload)
    const fr = sink.to('conseil@example.ca').at(-1)!.parsed
    expect(fr.text).toContain(`1 signalement fermé\n- ${reference}, Nid-de-poule`)
    expect(fr.text).not.toContain('nouveau')
    expect(sink.to('neighbour@example.ca')).toHaveLength(neighbour)
  })

  it('a long morning is queued a pass’s budget at a time, each watcher once, then marked done', async () => {
    const morning = new Date(tomorrowMorning().getTime() + 2 * DAY_MS)
    await closedHourBefore(reference, morning)
    const before = sink.to('conseil@example.ca').length
    const marker = `watch-digest:${digestDue('daily', morning).key}`
    let queued = 0
    let passes = 0
    // A budget already spent: each pass does one watch and leaves the rest to the next.
    while (!(await readReceipt(harness.payload, marker)) && passes < 20) {
      queued += await queueWatchDigests(harness.payload, morning, -1)
      passes += 1
    }
    // The morning is marked done once, as of that morning (no pass after it queues anything).
    expect(await readReceipt(harness.payload, marker)).toMatchObject({
      scope: 'digest',
      at: morning.toISOString(),
    })
    expect(passes).toBeGreaterThan(2)
    expect(queued).toBe(1)
    await drainOutbox(harness.payload)
    expect(sink.to('conseil@example.ca')).toHaveLength(before + 1)
  })

  it('one click stops it: a GET shows the button, the POST stops, the next digest skips them', async () => {
    const page = await harness.rest('GET', pathOf(frenchStop))
    expect(page.status).toBe(200)
    expect(page.body).toContain('Arrêter le courriel')
    const stopped = await harness.rest('POST', pathOf(frenchStop))
    expect(stopped.status).toBe(200)
    expect(stopped.body).toContain(`Vous ne recevrez plus ces courriels (le quartier ${mainWard}).`)
    const watch = await watchOf('conseil@example.ca')
    // Stopped by this very POST (a minute's margin for a slow machine).
    expect(Date.now() - Date.parse(watch!.stoppedAt!)).toBeLessThan(60_000)
    expect(watch!.confirmedAt).not.toBeNull()
  })
})

describe('ward watch, hostile', () => {
  it('bad input: 400 naming each field, nothing stored', async () => {
    const before = (await harness.payload.count({ collection: WATCHES })).totalDocs
    const bad = await signUp({ email: 'not-an-email', ward: 'x', events: ['everything'] })
    expect(bad.status).toBe(400)
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'email',
      'events',
      'ward',
    ])
    const noWard = await signUp({ email: 'a@example.ca', ward: 99 })
    expect(noWard.status).toBe(400)
    expect(noWard.body.errors).toEqual([{ field: 'ward', message: 'The City has no ward 99.' }])
    const nowhere = await signUp({ email: 'a@example.ca', address: '99999 Nowhere Road' })
    expect(nowhere.status).toBe(400)
    expect(nowhere.body.errors[0].field).toBe('address')
    const form = await harness.rest('POST', `/${WATCHES}`, {
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-forwarded-for': '198.51.100.201',
      },
      body: new URLSearchParams({ email: 'x', ward: '1', language: 'fr' }).toString(),
    })
    expect(form.status).toBe(400)
    expect(form.body).toContain('Adresse courriel')
    expect((await harness.payload.count({ collection: WATCHES })).totalDocs).toBe(before)
  })

  it('forged, cross-purpose and expired links do nothing', async () => {
    const forged = await harness.rest('POST', `/${WATCHES}/confirm/1.${'A'.repeat(43)}`)
    expect(forged.status).toBe(404)
    const pending = await watchOf('unproven@example.ca')
    // A stop link's signature does not start a watch, nor the reverse.
    const stopToken = signedId(harness.payload.secret, 'watch-stop', pending!.id)
    expect((await harness.rest('POST', `/${WATCHES}/confirm/${stopToken}`)).status).toBe(404)
    const confirmToken = signedId(harness.payload.secret, 'watch-confirm', pending!.id)
    await harness.payload.db.updateOne({
      collection: WATCHES,
      id: pending!.id,
      data: { createdAt: new Date(Date.now() - 8 * DAY_MS).toISOString() },
    })
    const expired = await harness.rest('POST', `/${WATCHES}/confirm/${confirmToken}`)
    expect(expired.status).toBe(404)
    const after = await harness.payload.findByID({
      collection: WATCHES,
      id: pending!.id,
      overrideAccess: true,
    })
    expect(after.confirmedAt ?? null).toBeNull()
  })

  it('a stranger cannot flood an inbox or the table: 3 confirmations an hour, 20 sign-ups an address', async () => {
    for (let ward = 1; ward <= 5; ward++)
      expect((await signUp({ email: 'target@example.ca', ward }, '198.51.100.250')).status).toBe(
        202,
      )
    await drainOutbox(harness.payload)
    expect(sink.to('target@example.ca')).toHaveLength(3)
    let last = 0
    for (let i = 0; i < 20; i++)
      last = (await signUp({ email: `x${i}@example.ca`, ward: 1 }, '198.51.100.250')).status
    expect(last).toBe(429)
  })

  it('the collection is the desk’s to read; nobody creates or changes a watch through the API', async () => {
    expect((await harness.rest('GET', `/${WATCHES}`)).status).toBe(403)
    expect((await harness.rest('GET', `/${WATCHES}`, { as: ADMIN })).status).toBe(200)
    const put = await harness.rest('PATCH', `/${WATCHES}/1`, {
      as: ADMIN,
      body: { email: 'x@example.ca' },
    })
    expect(put.status).toBe(403)
  })
})
