import { readFile, realpath, rename, rm, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { afterAll, beforeAll, expect, it } from 'vitest'

import { SITE_STATUS } from '../../cms/core/slugs'
import { SITE_QUEUE } from '../../cms/coordination/siteBuildRequests'
import { rebuildSite } from '../../cms/publishing/task'
import { runScheduledWork } from '../../cms/coordination/scheduledWork'
import { SITE_RETRY_MS } from '../../cms/publishing/scheduled'
import { type Harness, startHarness } from '../helpers/harness'
import { publishReleaseThroughWorkflow } from '../helpers/seedData'

/**
 * The site build cannot write its output (here the builds folder is a file, which stops root too):
 * the live site stays as it was, staff see why, and once the fault is gone the next build happens by
 * itself, with nobody publishing anything.
 */
let harness: Harness
let buildsDir = ''
beforeAll(async () => {
  harness = await startHarness({ holdJobs: true })
  buildsDir = path.join(harness.dataDir, 'site-builds')
  await rebuildSite(harness.payload, 'first build', harness.key)
}, 360_000)
afterAll(async () => harness?.close())

const status = async () =>
  (await harness.payload.findGlobal({ slug: SITE_STATUS as never, overrideAccess: true })) as {
    state: string
    lastError?: string
    lastAttemptAt: string
  }

it('an unwritable output leaves the live site as it was, shows the failure, and recovers by itself', async () => {
  const liveLink = path.join(harness.dataDir, 'site')
  const liveIndex = path.join(liveLink, 'index.html')
  const before = await readFile(liveIndex, 'utf8')
  // The live build moves out of the way first (the link follows it), then the builds folder becomes a file.
  const kept = path.join(harness.dataDir, 'kept-live-build')
  await rename(await realpath(liveLink), kept)
  await rm(liveLink)
  await symlink(kept, liveLink)
  await rm(buildsDir, { recursive: true, force: true })
  await writeFile(buildsDir, 'not a folder')

  await publishReleaseThroughWorkflow(harness, 'Published while the disk is broken')
  await new Promise((resolve) => setTimeout(resolve, 1_100)) // the build request waits a second to gather changes
  await harness.payload.jobs.run({ queue: SITE_QUEUE, limit: 5 })
  expect(await readFile(liveIndex, 'utf8')).toBe(before)
  const failed = await status()
  expect(failed.state).toBe('failed')
  expect(failed.lastError).toMatch(/ENOTDIR|EEXIST|not a directory/i)

  // Not yet a minute: no retry. The fault goes away; a minute after the failure the job asks for a build.
  expect(
    (await runScheduledWork(harness.payload, new Date(Date.parse(failed.lastAttemptAt) + 1_000)))
      .siteRetried,
  ).toBe(false)
  await rm(buildsDir, { force: true })
  expect(
    (
      await runScheduledWork(
        harness.payload,
        new Date(Date.parse(failed.lastAttemptAt) + SITE_RETRY_MS + 1),
      )
    ).siteRetried,
  ).toBe(true)
  await new Promise((resolve) => setTimeout(resolve, 1_100)) // the build request waits a second to gather changes
  await harness.payload.jobs.run({ queue: SITE_QUEUE, limit: 5 })
  expect(await status()).toMatchObject({ state: 'ok', lastError: null })
  expect(
    await readFile(path.join(harness.dataDir, 'site', 'news', 'index.html'), 'utf8'),
  ).toContain('Published while the disk is broken')
}, 540_000)
