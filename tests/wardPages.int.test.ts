import { readFile } from 'node:fs/promises'
import path from 'node:path'

import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { EMERGENCY_BULLETINS, MEDIA_RELEASES, SERVICE_REQUESTS } from '../cms/core/slugs'
import { digestDue } from '../cms/email/core/digest'
import { queueDueDigests } from '../cms/email/digests'
import { pendingBuildRequests } from '../cms/coordination'
import { rebuildSite } from '../cms/publishing/task'
import { refreshWardFigures } from '../cms/publishing/wardFigures'
import { seedDemo311 } from '../cms/seed/seed'
import { validContent } from './helpers/fixtures'
import { type Harness, startHarness } from './helpers/harness'
import { outbox } from './helpers/outbox'
import { rssProblems, rssTitles } from './helpers/rss'
import { publishReleaseThroughWorkflow, registerAddressIn, signUpByEmail } from './helpers/seedData'
import { serveSite } from './helpers/server'
import { xmllint } from './helpers/xml'

/**
 * A page, a feed and a calendar for each ward (issue "Alerts where you live", item 5): an alert for
 * Ward 2, one for Ward 5 and one for the whole city; a release written for Ward 2; 311 requests in
 * Ward 2, one fixed. The built site's ward pages, feeds, calendars and banners hold exactly what
 * touches each ward, in both languages, and the address finder leads to the right page. A real
 * SQLite file, a real Astro build, the site's own server.
 */
vi.setConfig({ testTimeout: 180_000 })

let harness: Harness
let server: Awaited<ReturnType<typeof serveSite>> | undefined
let liveDir = ''
const OFFICER = 'emergency@city.example'
const DESK = 'desk@city.example'

beforeAll(async () => {
  harness = await startHarness()
  await seedDemo311(harness.payload, 600)
  liveDir = path.join(harness.dataDir, 'site')
  server = await serveSite(liveDir)
}, 360_000)
afterAll(async () => {
  await server?.close()
  await harness?.close()
})

const page = async (url: string) => {
  const response = await fetch(`${server!.url}${url}`)
  return {
    status: response.status,
    text: await response.text(),
    type: response.headers.get('content-type'),
  }
}
const file = (relative: string) => readFile(path.join(liveDir, relative), 'utf8')

const addressIn = (ward: number) => registerAddressIn(harness.payload, ward)

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString()

const urgentAlert = async (headline: string, areas: Record<string, unknown>[]) => {
  const created = await harness.rest('POST', `/${EMERGENCY_BULLETINS}`, {
    as: OFFICER,
    body: {
      ...validContent(EMERGENCY_BULLETINS, headline),
      headline,
      onset: inHours(-1),
      expires: inHours(30),
      areas,
    },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const published = await harness.rest(
    'POST',
    `/${EMERGENCY_BULLETINS}/${created.body.doc.id}/workflow`,
    { as: OFFICER, body: { action: 'urgent-publish', comment: headline } },
  )
  expect(published.status, JSON.stringify(published.body)).toBe(200)
  return created.body.doc as { id: number; uid: string }
}

const CAP_XSD = path.resolve(__dirname, '../emergency/schema/CAP-v1.2.xsd')
const geocode = [{ valueName: 'profile:CAP-CP:Location:0.3', value: '3537039' }]

describe('ward pages, feeds and calendars', () => {
  it('each ward’s page, feed, calendar and banner hold what touches it, in both languages', async () => {
    const wardTwo = await urgentAlert('Boil water in Ward 2', [
      { areaDesc: 'Ward 2', wards: [2], geocodes: geocode },
    ])
    await urgentAlert('Road closed in Ward 5', [
      { areaDesc: 'Ward 5', wards: [5], geocodes: geocode },
    ])
    await urgentAlert('Extreme cold everywhere', [{ areaDesc: 'The City', geocodes: geocode }])
    // A release written for Ward 2 and one for the whole city.
    for (const [title, wards] of [
      ['Park renewal in Ward 2', [2]],
      ['City budget adopted', []],
    ] as const) {
      const created = await harness.rest('POST', `/${MEDIA_RELEASES}`, {
        as: 'writer@city.example',
        body: { ...validContent(MEDIA_RELEASES, title), wards },
      })
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      const id = created.body.doc.id
      for (const [as, action] of [
        ['writer@city.example', 'submit'],
        ['manager@city.example', 'approve'],
        ['manager@city.example', 'publish'],
      ])
        expect(
          (
            await harness.rest('POST', `/${MEDIA_RELEASES}/${id}/workflow`, {
              as,
              body: { action },
            })
          ).status,
        ).toBe(200)
    }
    // A ward that is not one is refused, naming the field.
    const badWard = await harness.rest('POST', `/${MEDIA_RELEASES}`, {
      as: 'writer@city.example',
      body: { ...validContent(MEDIA_RELEASES, 'Nowhere'), wards: [42] },
    })
    expect(badWard.status).toBe(400)
    expect(JSON.stringify(badWard.body)).toContain('42 is not a ward')
    // Two 311 reports in Ward 2, one then fixed; the reporter's name and email stay private.
    const spot = await addressIn(2)
    const references: string[] = []
    for (const [service, attribute] of [
      ['GRAFFITI', { 'attribute[offensive]': 'no' }],
      ['POTHOLE', { 'attribute[size]': 'small' }],
    ] as const) {
      const sent = await harness.rest('POST', `/${SERVICE_REQUESTS}`, {
        body: {
          service_code: service,
          lat: spot.lat,
          long: spot.long,
          ...attribute,
          email: 'private.person@example.ca',
          first_name: 'Privata',
        },
        headers: { 'x-forwarded-for': '198.51.100.77' },
      })
      expect(sent.status, JSON.stringify(sent.body)).toBe(201)
      references.push(sent.body.reference)
    }
    const fixed = (
      await harness.payload.find({
        collection: SERVICE_REQUESTS,
        where: { reference: { equals: references[1] } },
        overrideAccess: true,
      })
    ).docs[0]!
    expect(
      (
        await harness.rest('POST', `/${SERVICE_REQUESTS}/${fixed.id}/status`, {
          as: DESK,
          body: { state: 'closed', reason: 'resolved', notes: 'Filled.' },
        })
      ).status,
    ).toBe(200)

    await rebuildSite(harness.payload, 'ward pages', harness.key)

    const two = await page('/wards/2/')
    expect(two.status).toBe(200)
    expect(two.text).toContain('Boil water in Ward 2')
    expect(two.text).toContain('Extreme cold everywhere')
    expect(two.text).not.toContain('Road closed in Ward 5')
    expect(two.text).toContain('Park renewal in Ward 2')
    expect(two.text).not.toContain('City budget adopted')
    expect(two.text).toContain(references[0])
    expect(two.text).toContain(references[1])
    expect(two.text).not.toContain('private.person')
    expect(two.text).not.toContain('Privata')
    // The banner included where the page is served: only the alerts that touch Ward 2.
    const banner = two.text.slice(
      two.text.indexOf('id="emergency-alerts"'),
      two.text.indexOf('<main'),
    )
    expect(banner).toContain('Boil water in Ward 2')
    expect(banner).not.toContain('Road closed in Ward 5')
    const home = await page('/')
    expect(home.text.slice(0, home.text.indexOf('<main'))).toContain('Road closed in Ward 5')
    const five = await page('/wards/5/')
    expect(five.text).toContain('Road closed in Ward 5')
    expect(five.text).not.toContain('Boil water in Ward 2')
    expect(five.text).not.toContain('Park renewal in Ward 2')

    const french = await page('/fr/quartiers/2/')
    expect(french.status).toBe(200)
    expect(french.text).toContain('<html lang="fr-CA"')
    expect(french.text).toContain('Quartier 2')
    expect(french.text).toContain('href="/wards/2/"')
    expect(two.text).toContain('href="/fr/quartiers/2/"')
    const index = await page('/wards/')
    expect(index.text).toContain('href="/wards/5/"')
    expect(index.text).toContain('/api/addresses/ward')

    // active.json says which wards each alert touches; the city-wide one none.
    const active = JSON.parse(await file('emergency/active.json')) as {
      alerts: { title: string; wards: number[] | null }[]
    }
    const wardsOf = (title: string) => active.alerts.find((a) => a.title === title)?.wards
    expect(wardsOf('Boil water in Ward 2')).toEqual([2])
    expect(wardsOf('Road closed in Ward 5')).toEqual([5])
    expect(wardsOf('Extreme cold everywhere')).toBeNull()

    // The feed: valid RSS 2.0, the ward's alerts and what was published for it.
    for (const feedPath of ['/wards/2/feed.xml', '/fr/quartiers/2/flux.xml']) {
      const feed = await page(feedPath)
      expect(feed.status).toBe(200)
      expect(rssProblems(feed.text)).toEqual([])
    }
    const titles = rssTitles((await page('/wards/2/feed.xml')).text)
    expect(titles).toEqual(
      expect.arrayContaining([
        'Boil water in Ward 2',
        'Extreme cold everywhere',
        'Park renewal in Ward 2',
      ]),
    )
    expect(titles).not.toContain('Road closed in Ward 5')

    // The calendar: parsed by Mozilla's ical.js; the Ward 2 alert from its onset to its expiry.
    const calendar = await page('/wards/2/alerts.ics')
    expect(calendar.type).toContain('text/calendar')
    expect(calendar.text).toContain('\r\n')
    const events = new ICAL.Component(ICAL.parse(calendar.text))
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent))
    const boil = events.find((e) => e.summary === 'Boil water in Ward 2')!
    expect(boil).toBeDefined()
    const stored = (await harness.payload.findByID({
      collection: EMERGENCY_BULLETINS,
      id: wardTwo.id,
      overrideAccess: true,
    })) as { onset: string; expires: string }
    expect(boil.startDate.toJSDate().toISOString()).toBe(
      new Date(stored.onset).toISOString().replace(/\.\d{3}Z$/, '.000Z'),
    )
    expect(boil.endDate.toJSDate().getTime()).toBe(
      Math.floor(new Date(stored.expires).getTime() / 1000) * 1000,
    )
    expect(events.map((e) => e.summary)).not.toContain('Road closed in Ward 5')
    const frenchCalendar = new ICAL.Component(
      ICAL.parse((await page('/fr/quartiers/2/alertes.ics')).text),
    )
    // ical.js leaves a non-standard X- property's value as written (its comma escaped, as TEXT is).
    expect(frenchCalendar.getFirstPropertyValue('x-wr-calname')).toMatch(/alertes\\?, Quartier 2/)

    // The ward's new 311 reports: valid RSS, both reports (the fixed one says so), public fields.
    for (const feedPath of ['/wards/2/requests.xml', '/fr/quartiers/2/demandes.xml']) {
      const feed = await page(feedPath)
      expect(feed.status).toBe(200)
      expect(rssProblems(feed.text)).toEqual([])
      expect(feed.text).not.toContain('private.person')
      expect(feed.text).not.toContain('Privata')
    }
    const reports = rssTitles((await page('/wards/2/requests.xml')).text)
    expect(reports).toEqual(
      expect.arrayContaining(references.map((r) => expect.stringContaining(r))),
    )
    expect((await page('/fr/quartiers/2/demandes.xml')).text).toContain('Réglée')
    expect(two.text).toContain('href="/wards/2/requests.xml"')
    expect(two.text).toMatch(/<form method="post" action="[^"]+\/api\/watches"/)
    expect(french.text).toContain('Suivre ce quartier')
  })

  it('the ward pages are rendered again when what they list changes, and only then', async () => {
    const quiet = await rebuildSite(harness.payload, 'nothing changed', harness.key)
    expect(quiet.incremental?.sections).not.toContain('wards')
    // Nothing of 311 changed since that build read its snapshot: the half-hourly look asks nothing.
    expect(await refreshWardFigures(harness.payload)).toBe(false)
    const spot = await addressIn(4)
    const sent = await harness.rest('POST', `/${SERVICE_REQUESTS}`, {
      body: {
        service_code: 'GRAFFITI',
        lat: spot.lat,
        long: spot.long,
        'attribute[offensive]': 'no',
        email: 'another.person@example.ca',
      },
      headers: { 'x-forwarded-for': '198.51.100.78' },
    })
    expect(sent.status, JSON.stringify(sent.body)).toBe(201)
    // A report since: the look asks for a build (which the next line runs, as the builder would).
    expect(await refreshWardFigures(harness.payload)).toBe(true)
    expect((await pendingBuildRequests(harness.payload)).map((r) => r.reason)).toContain(
      '311 figures of the ward pages and feeds',
    )
    const after = await rebuildSite(harness.payload, 'a report', harness.key)
    expect(after.incremental?.sections).toEqual(['wards'])
    expect((await page('/wards/4/')).text).toContain(sent.body.reference)
  })

  it('the address finder leads to the ward’s page, or says why with the register’s nearest addresses', async () => {
    const spot = await addressIn(2)
    const found = await harness.rest('GET', `/addresses/ward?q=${encodeURIComponent(spot.label)}`)
    expect(found.status).toBe(303)
    expect(found.headers.get('location')).toMatch(/\/wards\/2\/$/)
    const french = await harness.rest(
      'GET',
      `/addresses/ward?q=${encodeURIComponent(spot.label)}&lang=fr`,
    )
    expect(french.headers.get('location')).toMatch(/\/fr\/quartiers\/2\/$/)
    // A number not on the street: the nearest on it, each a link to its ward's page.
    const near = await harness.rest(
      'GET',
      `/addresses/ward?q=${encodeURIComponent(`99999 ${spot.street}`)}`,
    )
    expect(near.status).toBe(404)
    expect(near.body).toContain('Did you mean one of these?')
    expect(near.body).toMatch(/href="[^"]*\/wards\/\d+\/"/)
    expect(near.body).toContain('<html lang="en-CA"')
    // Hostile input: markup is shown as text, control characters dropped, length capped.
    const hostile = await harness.rest(
      'GET',
      `/addresses/ward?q=${encodeURIComponent('<script>alert(1)</script>\u0000 Main')}&lang=fr`,
    )
    expect(hostile.status).toBe(404)
    expect(hostile.body).not.toContain('<script>alert(1)')
    expect(hostile.body).toContain('&lt;script&gt;')
    expect(hostile.body).toContain('<html lang="fr-CA"')
    expect(hostile.body).toContain('registre des adresses')
    const long = await harness.rest('GET', `/addresses/ward?q=${'9'.repeat(5000)}%20Main`)
    expect(long.status).toBe(404)
    expect(long.body).not.toContain('9'.repeat(201))
    const empty = await harness.rest('GET', '/addresses/ward?q=%20')
    expect(empty.status).toBe(400)
    expect(empty.body).toContain('Give your address')
  })

  it('the wards’ 311 figures are public fields only', async () => {
    const answer = await harness.rest('GET', `/${SERVICE_REQUESTS}/by-ward`)
    expect(answer.status).toBe(200)
    const text = JSON.stringify(answer.body)
    expect(text).not.toContain('private.person')
    expect(text).not.toContain('Privata')
    const two = (answer.body.wards as { ward: number; open: { count: number } }[]).find(
      (w) => w.ward === 2,
    )!
    expect(two.open.count).toBeGreaterThanOrEqual(1)
    for (const request of [
      ...(
        answer.body.wards as { open: { newest: object[] }; fixed: { newest: object[] } }[]
      ).flatMap((w) => [...w.open.newest, ...w.fixed.newest]),
    ])
      expect(Object.keys(request).sort()).toEqual([
        'address',
        'closedAt',
        'reference',
        'requestedAt',
        'serviceCode',
      ])
  })

  it('a release written for Ward 2 reaches, at once or in a digest, those who asked for everywhere or are in Ward 2, not Ward 5', async () => {
    const mailTo = async (email: string) =>
      (await outbox(harness.payload)).filter((m) => m.to === email)
    const signUp = (email: string, body: Record<string, unknown>) =>
      signUpByEmail(harness, email, { topics: ['news'], language: 'en', ...body })
    const inFive = (await addressIn(5)).label
    await signUp('news-two@example.com', { area: 'mine', wards: [2] })
    await signUp('news-five@example.com', { area: 'mine', address: inFive })
    await signUp('news-all@example.com', {})
    await signUp('daily-two@example.com', { area: 'mine', wards: [2], frequency: 'daily' })
    await signUp('daily-five@example.com', { area: 'mine', wards: [5], frequency: 'daily' })
    const published = new Date()
    await publishReleaseThroughWorkflow(harness, 'Ward 2 arena reopens', { wards: [2] })
    await publishReleaseThroughWorkflow(harness, 'Council meets Tuesday')
    const subjects = async (email: string) => (await mailTo(email)).map((m) => m.subject)
    expect((await subjects('news-two@example.com')).join('|')).toContain('Ward 2 arena reopens')
    expect((await subjects('news-all@example.com')).join('|')).toContain('Ward 2 arena reopens')
    expect((await subjects('news-five@example.com')).join('|')).not.toContain('Ward 2 arena')
    expect((await subjects('news-five@example.com')).join('|')).toContain('Council meets Tuesday')
    // The morning's digests: the Ward 5 one holds the city's news only.
    let morning = new Date(published.getTime() + 60_000)
    while (digestDue('daily', morning).dueAt.getTime() <= published.getTime())
      morning = new Date(morning.getTime() + 3_600_000)
    await queueDueDigests(
      harness.payload,
      new Date(digestDue('daily', morning).dueAt.getTime() + 60_000),
    )
    const digestOf = async (email: string) =>
      (await mailTo(email)).find((m) => m.subject.startsWith('Today'))!.text
    expect(await digestOf('daily-two@example.com')).toContain('Ward 2 arena reopens')
    expect(await digestOf('daily-two@example.com')).toContain('Council meets Tuesday')
    expect(await digestOf('daily-five@example.com')).not.toContain('Ward 2 arena reopens')
    expect(await digestOf('daily-five@example.com')).toContain('Council meets Tuesday')
  })

  it('a major change of a live alert goes out as a CAP Update of its own, referencing the first message', async () => {
    const alert = await urgentAlert('Water main break on Elm', [
      { areaDesc: 'Ward 3', wards: [3], geocodes: geocode },
    ])
    const active = async () =>
      JSON.parse(await file('emergency/active.json')) as {
        alerts: { title: string; identifier: string; capUrl: string; msgType: string }[]
      }
    const first = (await active()).alerts.find((a) => a.title === 'Water main break on Elm')!
    expect(first.identifier).toMatch(/-bulletin-[\w-]+$/)
    const edited = await harness.rest('PATCH', `/${EMERGENCY_BULLETINS}/${alert.id}?draft=true`, {
      as: OFFICER,
      body: { instruction: 'Boil water. The break now reaches Oak Street.' },
    })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    const republished = await harness.rest('POST', `/${EMERGENCY_BULLETINS}/${alert.id}/workflow`, {
      as: OFFICER,
      body: {
        action: 'urgent-publish',
        comment: 'Wider area.',
        changeNote: 'The area now includes Oak Street.',
        notify: true,
      },
    })
    expect(republished.status, JSON.stringify(republished.body)).toBe(200)
    const now = (await active()).alerts.find((a) => a.title === 'Water main break on Elm')!
    expect(now.identifier).toBe(`${first.identifier}-update-1`)
    const update = await file(`emergency/cap/${now.identifier}.xml`)
    expect(update).toContain('<msgType>Update</msgType>')
    expect(update).toContain(`,${first.identifier},`)
    expect(update).toContain('Oak Street')
    expect(xmllint(update, CAP_XSD)).toEqual({ ok: true, output: '' })
    expect(await file('emergency/cap.atom')).toContain(`urn:cap:${now.identifier}`)
  })
})
