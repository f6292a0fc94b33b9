import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { EMERGENCY_BULLETINS } from '../cms/core/slugs'
import { refreshIfAlertsChanged } from '../emergency/fastPath'
import { rebuildSite } from '../cms/publishing/task'
import { validContent } from './helpers/fixtures'
import { type Harness, startHarness } from './helpers/harness'
import { xmllint } from './helpers/xml'

/**
 * The emergency lifecycle (README, "Emergency bulletins"; docs/adr/0010) on a real database and a real live site
 * folder: the fast path writes alerts, CAP, Atom and RSS before any rebuild.
 */
const XSD = path.resolve(__dirname, '../emergency/schema/CAP-v1.2.xsd')
let harness: Harness
let live = ''

beforeAll(async () => {
  harness = await startHarness()
  live = path.join(harness.dataDir, 'site')
  await rebuildSite(harness.payload, 'first build')
})
// Closing waits for the site build the last alert asked for (slow on a loaded PostgreSQL runner).
afterAll(async () => harness?.close(), 180_000)

const OFFICER = 'emergency@city.example'
const OFFICER2 = 'emergency2@city.example'
const act = (as: string, id: number, body: Record<string, unknown>) =>
  harness.rest('POST', `/${EMERGENCY_BULLETINS}/${id}/workflow`, { as, body })
const draftBulletin = async (title: string, extra: Record<string, unknown> = {}) => {
  const { status, body } = await harness.rest('POST', `/${EMERGENCY_BULLETINS}`, {
    as: OFFICER,
    body: { ...validContent(EMERGENCY_BULLETINS, title), ...extra },
  })
  expect(status, JSON.stringify(body)).toBe(201)
  return body.doc.id as number
}
const urgent = async (id: number) => {
  const answer = await act(OFFICER, id, {
    action: 'urgent-publish',
    comment: 'People need to know now.',
  })
  expect(answer.status, JSON.stringify(answer.body)).toBe(200)
}
const file = (relative: string) => readFile(path.join(live, relative), 'utf8')
const active = async () =>
  JSON.parse(await file('emergency/active.json')) as {
    updated: string
    alerts: { identifier: string; title: string; msgType: string; capUrl: string; url: string }[]
  }
/** A bulletin's CAP identifier: from its permanent uid, not its row id. */
const identifier = async (id: number | string) => {
  const doc = (await harness.payload.findByID({
    collection: EMERGENCY_BULLETINS,
    id,
    draft: true,
    overrideAccess: true,
    depth: 0,
  })) as { uid: string }
  expect(doc.uid).toMatch(/^[0-9a-f-]{36}$/)
  return `city.example-bulletin-${doc.uid}`
}

describe('the Canadian alerting profile (CAP-CP)', () => {
  it('refuses to send a bulletin on without an event code or an area geocode, naming the field (422)', async () => {
    const noCode = await draftBulletin('No event code', { eventCode: null })
    for (const action of ['submit', 'urgent-publish']) {
      const answer = await act(OFFICER, noCode, { action, comment: 'Now.' })
      expect(answer.status).toBe(422)
      expect(answer.body.errors[0]).toMatchObject({ field: 'eventCode' })
    }
    const noGeocode = await draftBulletin('No geocode', {
      areas: [{ areaDesc: 'Ward 3', geocodes: [] }],
    })
    const answer = await act(OFFICER, noGeocode, { action: 'urgent-publish', comment: 'Now.' })
    expect(answer.status).toBe(422)
    expect(answer.body.errors[0]).toMatchObject({ field: 'areas.0.geocodes' })
  })

  it("a new area starts with the City's census subdivision, and the CAP message carries the event code and geocode", async () => {
    const id = await draftBulletin('Geocode by default', { areas: [{ areaDesc: 'Ward 5' }] })
    const doc = (await harness.payload.findByID({
      collection: EMERGENCY_BULLETINS,
      id,
      draft: true,
      overrideAccess: true,
    })) as { areas: { geocodes: { valueName: string; value: string }[] }[] }
    expect(doc.areas[0]!.geocodes).toMatchObject([
      { valueName: 'profile:CAP-CP:Location:0.3', value: '3537039' },
    ])
    await urgent(id)
    const cap = await file(`emergency/cap/${await identifier(id)}.xml`)
    expect(cap).toMatch(
      /<eventCode>\s*<valueName>profile:CAP-CP:Event:0\.4<\/valueName>\s*<value>drinkingWate<\/value>/,
    )
    expect(cap).toMatch(
      /<geocode>\s*<valueName>profile:CAP-CP:Location:0\.3<\/valueName>\s*<value>3537039<\/value>/,
    )
    expect(xmllint(cap, XSD).ok).toBe(true)
  })
})

describe('the emergency fast path', () => {
  // How fast is measured by `npm run bench` (publish to active.json); here: written before the answer.
  it('urgent-publish: active.json, a valid CAP file, the Atom index and the RSS feed, before the officer gets the answer', async () => {
    const id = await draftBulletin('Boil water advisory: Ward 3')
    await urgent(id)
    const alerts = (await active()).alerts
    expect(alerts.map((a) => a.identifier)).toContain(await identifier(id))
    const expected = await identifier(id)
    const entry = alerts.find((a) => a.identifier === expected)!
    expect(entry).toMatchObject({ msgType: 'Alert', title: 'Boil water advisory: Ward 3' })
    expect(entry.capUrl).toBe(`http://127.0.0.1:4321/emergency/cap/${await identifier(id)}.xml`)
    const cap = await file(`emergency/cap/${await identifier(id)}.xml`)
    expect(xmllint(cap, XSD)).toMatchObject({ ok: true })
    expect(cap).toContain(`<identifier>${await identifier(id)}</identifier>`)
    expect(await file('emergency/cap.atom')).toContain(`emergency/cap/${await identifier(id)}.xml`)
    expect(xmllint(await file('emergency/cap.atom')).ok).toBe(true)
    const uid = (await identifier(id)).replace('city.example-bulletin-', '')
    expect(await file('feeds/emergency.xml')).toContain(
      `urn:civic-comms:emergency-bulletins:${uid}`,
    )
  })

  it('an Update replaces the alert it references; a Cancel removes it; both are valid CAP', async () => {
    const first = await draftBulletin('Flood watch: riverfront')
    await urgent(first)
    const update = await draftBulletin('Flood warning: riverfront', {
      msgType: 'Update',
      references: [first],
    })
    await urgent(update)
    let ids = (await active()).alerts.map((a) => a.identifier)
    expect(ids).toContain(await identifier(update))
    expect(ids).not.toContain(await identifier(first))
    const updateCap = await file(`emergency/cap/${await identifier(update)}.xml`)
    expect(xmllint(updateCap, XSD).ok).toBe(true)
    expect(updateCap).toMatch(
      new RegExp(
        `<references>communications@city.example,${await identifier(first)},\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[-+]\\d\\d:\\d\\d</references>`,
      ),
    )

    const cancel = await draftBulletin('All clear: riverfront', {
      msgType: 'Cancel',
      references: [update],
    })
    await urgent(cancel)
    ids = (await active()).alerts.map((a) => a.identifier)
    expect(ids).not.toContain(await identifier(update))
    expect(ids).not.toContain(await identifier(cancel))
    expect(xmllint(await file(`emergency/cap/${await identifier(cancel)}.xml`), XSD).ok).toBe(true)
    // Receivers polling the index learn of the cancellation.
    expect(await file('emergency/cap.atom')).toContain(
      `emergency/cap/${await identifier(cancel)}.xml`,
    )
  })

  it('withdrawing an alert takes it out of active.json at once', async () => {
    const id = await draftBulletin('Shelter in place: industrial fire')
    await urgent(id)
    expect((await active()).alerts.map((a) => a.identifier)).toContain(await identifier(id))
    expect(
      (await act(OFFICER2, id, { action: 'withdraw', comment: 'Issued for the wrong area.' }))
        .status,
    ).toBe(200)
    expect((await active()).alerts.map((a) => a.identifier)).not.toContain(await identifier(id))
  })

  it('an expired alert leaves on time without anyone acting, also across a restart', async () => {
    const expires = new Date(Date.now() + 3_600_000)
    const id = await draftBulletin('Short road closure', { expires: expires.toISOString() })
    await urgent(id)
    expect((await active()).alerts.map((a) => a.identifier)).toContain(await identifier(id))
    expect(await refreshIfAlertsChanged(harness.payload)).toBe(false)

    await harness.close({ keepData: true })
    harness = await startHarness({ dataDir: harness.dataDir, seedUsers: false })
    expect(await refreshIfAlertsChanged(harness.payload)).toBe(false) // still in force after the restart
    // An hour later (the clock moved, not waited for), what the jobs queue runs every few seconds:
    const later = new Date(expires.getTime() + 1000)
    expect(await refreshIfAlertsChanged(harness.payload, later)).toBe(true)
    expect((await active()).alerts.map((a) => a.identifier)).not.toContain(await identifier(id))
    expect(await refreshIfAlertsChanged(harness.payload, later)).toBe(false)
  })

  it('a French text adds an fr-CA block to the CAP message', async () => {
    const id = await draftBulletin('Extreme heat warning')
    const english = await harness.rest('GET', `/${EMERGENCY_BULLETINS}/${id}?draft=true&depth=0`, {
      as: OFFICER,
    })
    const areaId = english.body.areas[0].id
    const french = await harness.rest(
      'PATCH',
      `/${EMERGENCY_BULLETINS}/${id}?draft=true&locale=fr`,
      {
        as: OFFICER,
        body: {
          title: 'Avertissement de chaleur extrême',
          summary: 'Chaleur extrême prévue.',
          event: 'Chaleur extrême',
          instruction: "Buvez de l'eau.",
          areas: [{ id: areaId, areaDesc: 'Quartier 3' }],
        },
      },
    )
    expect(french.status, JSON.stringify(french.body)).toBe(200)
    await urgent(id)
    const cap = await file(`emergency/cap/${await identifier(id)}.xml`)
    expect(xmllint(cap, XSD).ok).toBe(true)
    expect(cap).toContain('<language>fr-CA</language>')
    expect(cap).toContain('<headline>Avertissement de chaleur extrême</headline>')
  })
})

describe('one-step follow-ups', () => {
  const followUp = (as: string | undefined, id: number, kind: unknown) =>
    harness.rest('POST', `/${EMERGENCY_BULLETINS}/${id}/follow-up`, { as, body: { kind } })

  it('"Issue an update" drafts an Update that references the live bulletin and copies its text', async () => {
    const id = await draftBulletin('Water main break: Elm Street')
    await urgent(id)
    const answer = await followUp(OFFICER2, id, 'update')
    expect(answer.status).toBe(201)
    expect(answer.body.doc).toMatchObject({
      msgType: 'Update',
      title: 'Update: Water main break: Elm Street',
      workflowState: 'draft',
      _status: 'draft',
    })
    expect(answer.body.doc.references.map((r: any) => r.id ?? r)).toEqual([id])
    expect(answer.body.doc.instruction).toBe('Boil water for one minute before use.')
    expect(String(answer.body.doc.author?.id ?? answer.body.doc.author)).toBe(
      String(harness.user(OFFICER2).id),
    )
  })

  it('"All clear" drafts a Cancel which, once published, ends the alert', async () => {
    const id = await draftBulletin('Gas leak: Main Street')
    await urgent(id)
    const answer = await followUp(OFFICER2, id, 'cancel')
    expect(answer.body.doc).toMatchObject({
      msgType: 'Cancel',
      title: 'All clear: Gas leak: Main Street',
      urgency: 'Past',
    })
    expect(answer.body.doc.references.map((r: any) => r.id ?? r)).toEqual([id])
    await urgent(answer.body.doc.id)
    expect((await active()).alerts.map((a) => a.identifier)).not.toContain(await identifier(id))
    expect(
      xmllint(await file(`emergency/cap/${await identifier(answer.body.doc.id)}.xml`), XSD).ok,
    ).toBe(true)
  })

  it('refuses the public, roles that do not write bulletins, drafts and unknown kinds', async () => {
    const id = await draftBulletin('Not yet live')
    expect((await followUp(undefined, id, 'update')).status).toBe(401)
    expect((await followUp('sponsorship@city.example', id, 'update')).status).toBe(403)
    expect((await followUp(OFFICER, id, 'update')).status).toBe(409)
    expect((await followUp(OFFICER, id, 'delete')).status).toBe(400)
    expect((await followUp(OFFICER, 999999, 'update')).status).toBe(404)
  })
})
