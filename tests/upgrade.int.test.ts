import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, expect, it } from 'vitest'

import {
  DELIVERIES,
  EMERGENCY_BULLETINS,
  MEDIA_RELEASES,
  SUBSCRIBERS,
  USERS,
  WORKFLOW_AUDIT,
} from '../cms/core/slugs'
import { isolatedDataDir } from './helpers/env'
import { validContent } from './helpers/fixtures'
import { type Harness, startHarness } from './helpers/harness'

/**
 * A database made by the last release (commit c2885d6: demo content, a release published through the
 * workflow and then deleted, an urgent bulletin with polygons and geocodes, subscribers, sends and
 * deliveries; dumped to SQL in tests/fixtures) upgraded by this one: every table is rebuilt with
 * AUTOINCREMENT keys and every item gets its uid. Nothing may be lost or come loose.
 */
const FIXTURE = path.resolve('tests/fixtures/release-c2885d6.sql')
let harness: Harness
const before = new Map<string, number>()
let geocodesBefore: string[] = []
/** Each account's free-text department in the old release, by email. */
let departmentsBefore = new Map<string, string>()

beforeAll(async () => {
  const dir = await isolatedDataDir('upgrade')
  const db = createClient({ url: `file:${path.join(dir, 'cms.db')}` })
  await db.executeMultiple(await readFile(FIXTURE, 'utf8'))
  const tables = await db.execute(
    `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`,
  )
  for (const { name } of tables.rows)
    before.set(
      String(name),
      Number((await db.execute(`SELECT count(*) AS n FROM "${String(name)}"`)).rows[0]!.n),
    )
  // Version array rows reach their nested rows through text ids today; after the upgrade through integers.
  geocodesBefore = (
    await db.execute(
      `SELECT v.parent_id || ':' || g.value AS link FROM _emergency_bulletins_v v JOIN _emergency_bulletins_v_version_areas a ON a._parent_id = v.id JOIN _emergency_bulletins_v_version_areas_geocodes g ON g._parent_id = a.id ORDER BY link`,
    )
  ).rows.map((r) => String(r.link))
  departmentsBefore = new Map(
    (await db.execute('SELECT email, department FROM users')).rows.map((r) => [
      String(r.email),
      String(r.department).trim(),
    ]),
  )
  db.close()
  // The upgrade of an embedded SQLite file made by an earlier release: SQLite whatever the run.
  harness = await startHarness({ database: 'sqlite', dataDir: dir, seedUsers: false })
}, 360_000)
afterAll(async () => harness?.close())

const count = async (table: string) => {
  const db = harness.payload.db as unknown as {
    client: { execute: (q: string) => Promise<{ rows: Record<string, unknown>[] }> }
  }
  return Number((await db.client.execute(`SELECT count(*) AS n FROM "${table}"`)).rows[0]!.n)
}

it('keeps every row of every table', async () => {
  expect(before.get('media_releases')).toBeGreaterThan(0)
  expect(before.get('_emergency_bulletins_v_version_areas_geocodes')).toBeGreaterThan(0)
  const lost: string[] = []
  // payload_migrations gains one row per migration this release applies.
  for (const [table, rows] of before)
    if (table !== 'payload_migrations' && (await count(table)) !== rows)
      lost.push(`${table}: ${rows} → ${await count(table)}`)
  expect(lost).toEqual([])
})

it('every table of rows with an identity has an AUTOINCREMENT id, and no reference points nowhere', async () => {
  const db = harness.payload.db as unknown as {
    client: { execute: (q: string) => Promise<{ rows: Record<string, unknown>[] }> }
  }
  // Language, relationship and list-of-numbers rows (*_locales, *_rels, *_numbers) are rewritten on
  // every save and their ids never leave the database, so Payload leaves them plain; every row with
  // an identity is AUTOINCREMENT.
  const plain = (
    await db.client.execute(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%\`id\` integer PRIMARY KEY%' AND sql NOT LIKE '%AUTOINCREMENT%' AND name NOT LIKE '%\\_locales' ESCAPE '\\' AND name NOT LIKE '%\\_rels' ESCAPE '\\' AND name NOT LIKE '%\\_numbers' ESCAPE '\\'`,
    )
  ).rows
  expect(plain.map((r) => r.name)).toEqual([])
  expect((await db.client.execute('PRAGMA foreign_key_check')).rows).toEqual([])
  const geocodes = (
    await db.client.execute(
      `SELECT v.parent_id || ':' || g.value AS link FROM _emergency_bulletins_v v JOIN _emergency_bulletins_v_version_areas a ON a._parent_id = v.id JOIN _emergency_bulletins_v_version_areas_geocodes g ON g._parent_id = a.id ORDER BY link`,
    )
  ).rows.map((r) => String(r.link))
  expect(geocodes).toEqual(geocodesBefore)
})

it('relationships read back through Payload: versions with nested areas, audit actors, deliveries and their sends', async () => {
  const { docs: versions } = await harness.payload.findVersions({
    collection: EMERGENCY_BULLETINS,
    overrideAccess: true,
    depth: 0,
    limit: 100,
  })
  const areas = versions.flatMap(
    (v) =>
      (
        v.version as {
          areas?: { geocodes?: { value: string }[]; polygons?: { polygon: string }[] }[]
        }
      ).areas ?? [],
  )
  expect(
    areas.some(
      (a) => a.geocodes?.some((g) => g.value === '3539036') && (a.polygons?.length ?? 0) > 0,
    ),
  ).toBe(true)
  const audit = await harness.payload.find({
    collection: WORKFLOW_AUDIT,
    overrideAccess: true,
    depth: 1,
  })
  expect(audit.docs.length).toBeGreaterThan(0)
  expect(
    audit.docs.every(
      (entry) => entry.actor && typeof entry.actor === 'object' && 'email' in entry.actor,
    ),
  ).toBe(true)
  const deliveries = await harness.payload.find({
    collection: DELIVERIES,
    overrideAccess: true,
    depth: 1,
    pagination: false,
  })
  expect(deliveries.docs.length).toBe(before.get('deliveries'))
  expect(
    deliveries.docs.every((d) => typeof d.send === 'object' && typeof d.subscriber === 'object'),
  ).toBe(true)
  expect(
    (await harness.payload.count({ collection: SUBSCRIBERS, overrideAccess: true })).totalDocs,
  ).toBe(before.get('subscribers'))
})

it('items made before keep their row id as uid, so published identities do not change; new ones skip remembered ids', async () => {
  const { docs } = await harness.payload.find({
    collection: MEDIA_RELEASES,
    overrideAccess: true,
    depth: 0,
    draft: true,
  })
  expect(docs.length).toBeGreaterThan(0)
  for (const doc of docs) expect(doc.uid).toBe(String(doc.id))
  // The release deleted before the upgrade (its id survives in the outbox and the audit) is never reissued.
  const remembered = Math.max(
    ...(
      await harness.payload.find({ collection: 'sends', overrideAccess: true, pagination: false })
    ).docs
      .filter((s) => s.itemCollection === MEDIA_RELEASES)
      .map((s) => Number(s.itemId)),
  )
  const created = await harness.payload.create({
    collection: MEDIA_RELEASES,
    data: validContent(MEDIA_RELEASES, 'After the upgrade') as never,
    draft: true,
    overrideAccess: true,
  })
  expect(Number(created.id)).toBeGreaterThan(remembered)
  expect(Number(created.id)).toBeGreaterThan(Math.max(...docs.map((d) => Number(d.id))))
  expect(created.uid).toMatch(
    /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  )
})

it('staff keep their department: each name they had becomes a department they belong to', async () => {
  const db = harness.payload.db as unknown as {
    client: { execute: (q: string) => Promise<{ rows: Record<string, unknown>[] }> }
  }
  const users = await harness.payload.find({
    collection: USERS,
    depth: 1,
    pagination: false,
    overrideAccess: true,
  })
  expect(users.docs.length).toBe(before.get('users'))
  for (const user of users.docs) {
    const department = user.department as { name?: string; nameFr?: string } | null
    expect(department?.name, user.email).toBe(departmentsBefore.get(user.email))
    expect(department?.nameFr).toBe(department?.name)
  }
  const names = (await db.client.execute('SELECT name FROM departments')).rows.map((r) => r.name)
  expect(new Set(names).size).toBe(names.length)
  expect(names).toContain('Corporate Communications')
})
