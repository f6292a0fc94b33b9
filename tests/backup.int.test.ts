import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

import { afterAll, expect, it } from 'vitest'

import { MEDIA, MEDIA_RELEASES } from '../cms/core/slugs'
import { pngFile } from './helpers/fixtures'
import { type Harness, startHarness } from './helpers/harness'
import { dropPostgresDatabase } from './helpers/postgres'
import { publishedDirectly } from './helpers/seedData'

const run = promisify(execFile)

/**
 * `npm run backup` while the CMS runs, changes after it, then `npm run restore`: the database and the
 * uploads are as they were at the backup. On SQLite here, on PostgreSQL in CI (pg_dump, pg_restore).
 */
let harness: Harness | undefined
let open = false
let postgresName: string | null = null
afterAll(async () => {
  if (open) await harness?.close({ keepData: true })
  if (postgresName) await dropPostgresDatabase(postgresName)
  if (harness) await rm(harness.dataDir, { recursive: true, force: true })
})

const contents = async () =>
  JSON.parse(
    (
      await run(process.execPath, ['--import', 'tsx', 'tests/helpers/printContent.ts'], {
        env: { ...process.env, NODE_OPTIONS: '--conditions=production --no-deprecation' },
      })
    ).stdout
      .trim()
      .split('\n')
      .at(-1)!,
  ) as { releases: string[]; media: string[] }

it('a backup taken while the CMS runs restores the database and the uploads as they were', async () => {
  harness = await startHarness()
  open = true
  if (harness.kind === 'postgres')
    postgresName = new URL(process.env.DATABASE_URL!).pathname.slice(1)
  const { payload } = harness
  await publishedDirectly(payload, MEDIA_RELEASES, 'Before the backup')
  await payload.create({
    collection: MEDIA,
    data: { alt: 'City hall at dusk', audience: 'public' } as never,
    file: await pngFile('city-hall.png'),
    overrideAccess: true,
  })
  const target = path.join(harness.dataDir, 'backup-1')
  const made = await run('npm', ['run', '--silent', 'backup', '--', target], { env: process.env })
  expect(made.stdout).toContain(`Backup written to ${target}`)
  const manifest = JSON.parse(await readFile(path.join(target, 'backup.json'), 'utf8'))
  expect(manifest).toMatchObject({ database: harness.kind, uploads: { from: 'folder' } })
  expect(manifest.uploads.files).toBeGreaterThanOrEqual(4) // the image and its three sizes
  // A second backup into the same folder is refused rather than mixed in.
  await expect(
    run('npm', ['run', '--silent', 'backup', '--', target], { env: process.env }),
  ).rejects.toMatchObject({ stderr: expect.stringContaining('exists already') })

  // Life goes on after the backup: a release deleted, another added, the upload gone.
  const { docs } = await payload.find({ collection: MEDIA_RELEASES, overrideAccess: true })
  await payload.delete({ collection: MEDIA_RELEASES, id: docs[0]!.id, overrideAccess: true })
  await publishedDirectly(payload, MEDIA_RELEASES, 'After the backup')
  await payload.delete({ collection: MEDIA, where: {}, overrideAccess: true })
  expect(existsSync(path.join(process.env.MEDIA_DIR!, 'city-hall.png'))).toBe(false)
  await harness.close({ keepData: true }) // every CMS process stops before a restore
  open = false

  const restored = await run('npm', ['run', '--silent', 'restore', '--', target], {
    env: process.env,
  })
  expect(restored.stdout).toContain('Restored the backup')
  expect(existsSync(path.join(process.env.MEDIA_DIR!, 'city-hall.png'))).toBe(true)
  const after = await contents()
  expect(after.releases).toEqual(['Before the backup'])
  expect(after.media).toEqual(['city-hall.png'])
}, 540_000)

it('refuses a folder that is not a finished backup, saying so', async () => {
  await expect(
    run('npm', ['run', '--silent', 'restore', '--', '/tmp'], { env: process.env }),
  ).rejects.toMatchObject({ stderr: expect.stringContaining('is not a backup') })
})
