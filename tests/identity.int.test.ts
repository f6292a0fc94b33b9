import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  EMERGENCY_BULLETINS,
  MEDIA_RELEASES,
  RETIRED_ITEMS,
  WORKFLOW_AUDIT,
} from '../cms/core/slugs'
import { sendOutbox } from '../cms/outbox/run'
import { closeOutboxTransporter } from '../cms/email/transport'
import { rebuildSite } from '../cms/publishing/task'
import { validContent } from './helpers/fixtures'
import { type Harness, startHarness } from './helpers/harness'
import { addConfirmedSubscribers, publishReleaseThroughWorkflow } from './helpers/seedData'
import { expectInstantBetween } from './helpers/instant'
import { serveSite } from './helpers/server'
import { startSmtpSink } from './helpers/smtpSink'
import { xmllint } from './helpers/xml'

/**
 * Identity survives deletion: publish, delete, publish again (a release, then an urgent bulletin).
 * The second item must not inherit the first one's id, feed GUID, CAP identifier or email send, and
 * the deleted one must leave the public site (410 Gone) and, if it was an alert in force, be cancelled.
 */
const SUBSCRIBER_COUNT = 20
const XSD = path.resolve('emergency/schema/CAP-v1.2.xsd')
let harness: Harness
let sink: Awaited<ReturnType<typeof startSmtpSink>>
let server: Awaited<ReturnType<typeof serveSite>> | undefined
let site = ''
let live = ''

beforeAll(async () => {
  sink = await startSmtpSink({ parse: false })
  harness = await startHarness({ env: { SMTP_URL: sink.url } })
  await addConfirmedSubscribers(harness.payload, SUBSCRIBER_COUNT, 'resident', [
    'news',
    'emergency',
  ])
  live = path.join(harness.dataDir, 'site')
  await rebuildSite(harness.payload, 'first build', harness.key)
  server = await serveSite(live)
  site = server.url
}, 360_000)
afterAll(async () => {
  closeOutboxTransporter()
  await server?.close()
  await harness?.close()
  await sink?.close()
})

const act = (as: string, slug: string, id: number | string, body: Record<string, unknown>) =>
  harness.rest('POST', `/${slug}/${id}/workflow`, { as, body })
const publishRelease = async (title: string) => {
  return publishReleaseThroughWorkflow(harness, title)
}
const urgentBulletin = async (title: string) => {
  const created = await harness.rest('POST', `/${EMERGENCY_BULLETINS}`, {
    as: 'emergency@city.example',
    body: validContent(EMERGENCY_BULLETINS, title),
  })
  const id = created.body.doc.id as number
  expect(
    (
      await act('emergency@city.example', EMERGENCY_BULLETINS, id, {
        action: 'urgent-publish',
        comment: 'Now.',
      })
    ).status,
  ).toBe(200)
  return id
}
const drain = async () => {
  for (let round = 0; round < 5; round += 1) await sendOutbox(harness.payload)
}
/** How many messages each subscriber got with this subject. */
const copies = (subject: string) => {
  const counts = new Map<string, number>()
  for (const message of sink.received) {
    if (!message.raw.includes(`Subject: ${subject}`)) continue
    for (const to of message.to) counts.set(to, (counts.get(to) ?? 0) + 1)
  }
  return counts
}
const everyoneOnce = (subject: string) => {
  const counts = copies(subject)
  expect(counts.size).toBe(SUBSCRIBER_COUNT)
  expect([...counts.values()].every((n) => n === 1)).toBe(true)
}
const uidOf = async (slug: typeof MEDIA_RELEASES | typeof EMERGENCY_BULLETINS, id: number) =>
  String(
    (
      (await harness.payload.findByID({
        collection: slug,
        id,
        overrideAccess: true,
        depth: 0,
      })) as { uid: string }
    ).uid,
  )
const slugOf = async (slug: typeof MEDIA_RELEASES | typeof EMERGENCY_BULLETINS, id: number) =>
  String(
    (
      (await harness.payload.findByID({
        collection: slug,
        id,
        overrideAccess: true,
        depth: 0,
      })) as { slug: string }
    ).slug,
  )
const file = (relative: string) => readFile(path.join(live, relative), 'utf8')

describe('publish, delete, publish', () => {
  it('a release: new id and GUID, its own email to everyone once; the deleted one is gone from the site and feeds', async () => {
    const first = await publishRelease('Pool opening hours')
    await drain()
    everyoneOnce('Pool opening hours')
    const firstUid = await uidOf(MEDIA_RELEASES, first)
    const firstSlug = await slugOf(MEDIA_RELEASES, first)
    await rebuildSite(harness.payload, 'after first', harness.key)
    expect(await file('feeds/news.xml')).toContain(`urn:civic-comms:media-releases:${firstUid}`)
    expect((await fetch(`${site}/news/${firstSlug}/`)).status).toBe(200)

    expect(
      (await harness.rest('DELETE', `/${MEDIA_RELEASES}/${first}`, { as: 'admin@city.example' }))
        .status,
    ).toBe(200)
    await rebuildSite(harness.payload, 'after delete', harness.key)
    const gone = await fetch(`${site}/news/${firstSlug}/`)
    expect(gone.status).toBe(410)
    expect(await gone.text()).not.toContain('Pool opening hours')
    // Its French page (under its English slug: it had no French title) is gone as well.
    expect((await fetch(`${site}/fr/nouvelles/${firstSlug}/`)).status).toBe(410)
    expect(await file('feeds/news.xml')).not.toContain(firstUid)
    expect(await file('feeds/all.xml')).not.toContain('Pool opening hours')
    expect(await file('sitemap.xml')).not.toContain(firstSlug)

    const second = await publishRelease('Arena closed for repairs')
    await drain()
    everyoneOnce('Arena closed for repairs')
    const secondUid = await uidOf(MEDIA_RELEASES, second)
    expect(second).not.toBe(first)
    expect(secondUid).not.toBe(firstUid)
    await rebuildSite(harness.payload, 'after second', harness.key)
    const feed = await file('feeds/news.xml')
    expect(feed).toContain(`urn:civic-comms:media-releases:${secondUid}`)
    expect(feed).not.toContain(`urn:civic-comms:media-releases:${firstUid}`)
    // The first release was not emailed again either.
    everyoneOnce('Pool opening hours')
    // Three site builds of both languages.
  }, 360_000)

  const started = Date.now()
  it("the deletion is recorded: who and when, in the retired items and the item's audit trail", async () => {
    const { docs } = await harness.payload.find({
      collection: RETIRED_ITEMS,
      overrideAccess: true,
      depth: 0,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      itemCollection: MEDIA_RELEASES,
      wasPublic: true,
      deletedByName: expect.any(String),
    })
    expectInstantBetween(docs[0]!.deletedAt, started)
    const audit = await harness.payload.find({
      collection: WORKFLOW_AUDIT,
      where: {
        and: [{ itemId: { equals: String(docs[0]!.itemId) } }, { action: { equals: 'delete' } }],
      },
      overrideAccess: true,
      depth: 1,
    })
    expect(audit.docs).toHaveLength(1)
    expect(audit.docs[0]).toMatchObject({
      toState: 'deleted',
      actor: { email: 'admin@city.example' },
    })
    // The public reads the record of a once-public item without its title, address or who deleted it.
    const anonymous = await harness.rest('GET', `/${RETIRED_ITEMS}?depth=0`)
    expect(anonymous.status).toBe(200)
    expect(JSON.stringify(anonymous.body.docs)).not.toMatch(
      /Pool opening hours|deletedBy|"path"|"title"/,
    )
  })

  it('an urgent bulletin: deleting it while in force cancels it by CAP; the next one gets its own identifier and email', async () => {
    const first = await urgentBulletin('Boil water: Ward 3')
    await drain()
    everyoneOnce('URGENT: Boil water: Ward 3')
    const firstIdentifier = `city.example-bulletin-${await uidOf(EMERGENCY_BULLETINS, first)}`
    expect(
      JSON.parse(await file('emergency/active.json')).alerts.map(
        (a: { identifier: string }) => a.identifier,
      ),
    ).toContain(firstIdentifier)

    expect(
      (
        await harness.rest('DELETE', `/${EMERGENCY_BULLETINS}/${first}`, {
          as: 'admin@city.example',
        })
      ).status,
    ).toBe(200)
    // The fast path runs in the deletion itself: no rebuild needed for receivers to learn of it.
    expect(JSON.parse(await file('emergency/active.json')).alerts).toEqual([])
    const cancel = await file(`emergency/cap/${firstIdentifier}-cancel.xml`)
    expect(xmllint(cancel, XSD)).toEqual({ ok: true, output: '' })
    expect(cancel).toContain('<msgType>Cancel</msgType>')
    expect(cancel).toMatch(
      new RegExp(`<references>communications@city\\.example,${firstIdentifier},[^<]+</references>`),
    )
    expect(await file('emergency/cap.atom')).toContain(`${firstIdentifier}-cancel.xml`)

    const second = await urgentBulletin('Boil water: Ward 4')
    await drain()
    everyoneOnce('URGENT: Boil water: Ward 4')
    const secondIdentifier = `city.example-bulletin-${await uidOf(EMERGENCY_BULLETINS, second)}`
    expect(second).not.toBe(first)
    expect(secondIdentifier).not.toBe(firstIdentifier)
    expect(await file(`emergency/cap/${secondIdentifier}.xml`)).toContain(
      `<identifier>${secondIdentifier}</identifier>`,
    )
    // A full rebuild keeps the Cancel published while the deleted alert would still have been in force.
    await rebuildSite(harness.payload, 'after bulletins', harness.key)
    expect(await file('emergency/cap.atom')).toContain(`${firstIdentifier}-cancel.xml`)
    expect(
      JSON.parse(await file('emergency/active.json')).alerts.map(
        (a: { identifier: string }) => a.identifier,
      ),
    ).toEqual([secondIdentifier])
  })
})
