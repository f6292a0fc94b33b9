import { type ChildProcess, spawn } from 'node:child_process'

import { afterAll, beforeAll, expect } from 'vitest'

import { DELIVERIES, MEDIA_RELEASES } from '../../cms/core/slugs'
import { queueItem } from '../../cms/outbox/enqueue'
import { type Harness, startHarness } from './harness'
import { addConfirmedSubscribers, publishedDirectly } from './seedData'
import { startSmtpSink } from './smtpSink'

type Sink = Awaited<ReturnType<typeof startSmtpSink>>

/** `count` confirmed news subscribers and one published release queued to all of them. */
export const queueReleaseTo = async (harness: Harness, count: number) => {
  await addConfirmedSubscribers(harness.payload, count, 'r', ['news'])
  const item = await publishedDirectly(
    harness.payload,
    MEDIA_RELEASES,
    'Outbox worker test release',
  )
  return queueItem(harness.payload, MEDIA_RELEASES, item as never)
}

/** A real `npm run outbox` process on the harness's database, in its own process group (to kill it whole). */
export const startWorker = (sink: Sink, env: Record<string, string> = {}) => {
  const child: ChildProcess = spawn('npm', ['run', '--silent', 'outbox'], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      SMTP_URL: sink.url,
      LOG_LEVEL: 'fatal',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return { child, exit, output: () => output, kill: () => process.kill(-child.pid!, 'SIGKILL') }
}

export const waitFor = async (condition: () => boolean, ms: number) => {
  const deadline = Date.now() + ms
  while (!condition() && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 5))
  return condition()
}

/** Per recipient, the Message-IDs that reached the sink, and how many messages arrived in all. */
export const tally = (sink: Sink) => {
  const ids = new Map<string, Set<string>>()
  let messages = 0
  for (const message of sink.received) {
    const id = /^Message-ID: (.*)$/im.exec(message.raw)?.[1]?.trim() ?? ''
    for (const to of message.to) {
      if (!ids.has(to)) ids.set(to, new Set())
      ids.get(to)!.add(id)
      messages += 1
    }
  }
  return { ids, messages, oneIdEach: [...ids.values()].every((set) => set.size === 1) }
}

/**
 * For a test file about worker processes: an SMTP sink, a database with `recipients` subscribers and
 * one release queued to all of them, closed after the file. Read them through the getters.
 */
export const useQueuedRelease = (recipients: number) => {
  let harness: Harness
  let sink: Sink
  beforeAll(async () => {
    sink = await startSmtpSink({ parse: false })
    harness = await startHarness({ seedUsers: false })
    expect(await queueReleaseTo(harness, recipients)).toMatchObject({ recipients })
  }, 120_000)
  afterAll(async () => {
    await harness?.close()
    await sink?.close()
  })
  return {
    sink: () => sink,
    /** Deliveries not (yet) sent: none once the workers are done. */
    unsent: async () =>
      (
        await harness.payload.count({
          collection: DELIVERIES,
          where: { status: { not_equals: 'sent' } },
        })
      ).totalDocs,
  }
}
