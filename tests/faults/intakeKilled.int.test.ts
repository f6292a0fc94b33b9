import { spawn } from 'node:child_process'
import { readdir } from 'node:fs/promises'
import path from 'node:path'

import { afterAll, beforeAll, expect, it } from 'vitest'

import {
  CORRESPONDENCE,
  CORRESPONDENCE_FILES,
  CORRESPONDENCE_MESSAGES,
  DELIVERIES,
  REQUEST_PHOTO_COPIES,
  REQUEST_PHOTOS,
  SERVICE_REQUEST_EVENTS,
  SERVICE_REQUEST_FOLLOWERS,
  SERVICE_REQUESTS,
} from '../../cms/core/slugs'
import { receiveEmail } from '../../cms/desk/inbound/receive'
import { seedDemo311 } from '../../cms/seed/seed'
import { submitRequest } from '../../cms/servicerequests'
import { STRAY_AFTER_MS, sweepStrayFiles } from '../../cms/storage'
import { type Harness, startHarness } from '../helpers/harness'

/**
 * Intake is whole or absent, for real: a process storing a 311 report with three photos (or a desk
 * email with three attachments) is killed with SIGKILL after its second file. Reopened, the
 * database holds nothing of it (no request, photo, history, follower or acknowledgement; no case,
 * message or file row), the next start-up pass removes the files it had written, and the same
 * intake then goes through whole.
 */
let harness: Harness
let dataDir = ''
beforeAll(async () => {
  harness = await startHarness({ seedUsers: false })
  await seedDemo311(harness.payload)
  dataDir = harness.dataDir
  await harness.close({ keepData: true })
}, 180_000)
afterAll(async () => harness?.close())

/** Runs the child until it says it stopped half-way, then kills its whole process group. */
const killHalfWay = async (mode: '311' | 'desk') => {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'tests/helpers/intakeCrashChild.ts', mode],
    {
      env: {
        ...process.env,
        NODE_OPTIONS: '--conditions=production --no-deprecation',
        LOG_LEVEL: 'fatal',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  )
  let output = ''
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stopped = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), 150_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('STOPPED')) {
        clearTimeout(timer)
        resolve(!output.includes('NOT STOPPED'))
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.once('exit', () => resolve(false))
  })
  process.kill(-child.pid!, 'SIGKILL')
  await exited
  expect(stopped, output).toBe(true)
}

const total = async (collection: Parameters<Harness['payload']['count']>[0]['collection']) =>
  (await harness.payload.count({ collection, overrideAccess: true })).totalDocs

const filesIn = async (folder: string) =>
  (await readdir(path.join(dataDir, folder)).catch(() => [] as string[])).length

it('a 311 report killed after its second photo leaves nothing; start-up removes its files', async () => {
  await killHalfWay('311')
  harness = await startHarness({ dataDir, seedUsers: false })
  for (const collection of [
    SERVICE_REQUESTS,
    REQUEST_PHOTOS,
    REQUEST_PHOTO_COPIES,
    SERVICE_REQUEST_EVENTS,
    SERVICE_REQUEST_FOLLOWERS,
    DELIVERIES,
  ] as const)
    expect(await total(collection), collection).toBe(0)
  // The killed process wrote two photos and their copies before it stopped: strays now.
  expect(await filesIn('request-photos')).toBe(2)
  expect(await sweepStrayFiles(harness.payload, new Date())).toBe(0) // too young to be sure
  const later = new Date(Date.now() + STRAY_AFTER_MS + 1000)
  expect(await sweepStrayFiles(harness.payload, later)).toBe(4)
  expect(await filesIn('request-photos')).toBe(0)
  expect(await filesIn('request-photo-copies')).toBe(0)

  // Sent again (the app retries), it is stored whole.
  const photo = await import('sharp').then(({ default: sharp }) =>
    sharp({ create: { width: 64, height: 64, channels: 3, background: '#888' } })
      .jpeg()
      .toBuffer(),
  )
  const again = await submitRequest(harness.payload, {
    serviceCode: 'POTHOLE',
    addressString: '123 Main Street',
    answers: { size: 'large' },
    description: 'Killed half-way',
    email: 'killed@example.ca',
    channel: 'app',
    photos: [{ name: 'a.jpg', data: photo }],
  })
  expect(again.kind).toBe('created')
  expect(await total(SERVICE_REQUESTS)).toBe(1)
  expect(await total(REQUEST_PHOTOS)).toBe(1)
  expect(await total(SERVICE_REQUEST_FOLLOWERS)).toBe(1)
  expect(await total(DELIVERIES)).toBe(1)
  await harness.close({ keepData: true })
}, 300_000)

it('a desk email killed after its second attachment leaves nothing; start-up removes its files', async () => {
  await killHalfWay('desk')
  harness = await startHarness({ dataDir, seedUsers: false })
  for (const collection of [CORRESPONDENCE, CORRESPONDENCE_MESSAGES, CORRESPONDENCE_FILES] as const)
    expect(await total(collection), collection).toBe(0)
  expect(await filesIn('correspondence-files')).toBe(2)
  expect(await sweepStrayFiles(harness.payload, new Date(Date.now() + STRAY_AFTER_MS + 1000))).toBe(
    2,
  )
  expect(await filesIn('correspondence-files')).toBe(0)
  // The sender's server delivers it again: it is taken whole, once.
  const raw = [
    'From: killed@example.ca',
    'To: desk@city.example',
    'Subject: Killed half-way',
    'Message-ID: <killed-half-way@example.ca>',
    '',
    'Sent again.',
    '',
  ].join('\r\n')
  expect((await receiveEmail(harness.payload, raw, { to: ['desk@city.example'] })).kind).toBe(
    'opened',
  )
  expect(await total(CORRESPONDENCE)).toBe(1)
}, 300_000)
