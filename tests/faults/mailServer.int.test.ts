import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { EMERGENCY_BULLETINS, MEDIA_RELEASES } from '../../cms/core/slugs'
import { sendOutbox } from '../../cms/outbox/run'
import { closeOutboxTransporter } from '../../cms/email/transport'
import { drainOutbox } from '../helpers/outbox'
import { validContent } from '../helpers/fixtures'
import { type Harness, startHarness } from '../helpers/harness'
import { addConfirmedSubscribers } from '../helpers/seedData'
import { type SmtpMode, smtpProcess } from '../helpers/smtpProcess'

/**
 * The mail server fails in the ways a City's relay does (killed with connections open, silent, a storm
 * of 451s), with 20 confirmed subscribers: requests answer at once whatever it does, the health answer
 * says so, and once it is back everything held arrives, exactly once, emergency first. Real SMTP in its
 * own process on loopback; the outbox runs as the jobs queue runs it (every 2 s; here every 0.5 s).
 */
const SUBSCRIBER_COUNT = 20
/**
 * A request that waited on the mail server would take at least its connection or greeting timeout
 * (10 s, cms/email/transport.ts) against a silent one. Half that tells the two apart on a busy
 * machine too; how fast requests are is measured in bench/, not here.
 */
const NOT_WAITING_ON_SMTP_MS = 5_000
let harness: Harness
let smtp: Awaited<ReturnType<typeof smtpProcess>>

beforeAll(async () => {
  smtp = await smtpProcess()
  await smtp.start()
  harness = await startHarness({ env: { SMTP_URL: smtp.url } })
  await addConfirmedSubscribers(harness.payload, SUBSCRIBER_COUNT, 'resident', [
    'news',
    'emergency',
  ])
}, 180_000)
afterAll(async () => {
  closeOutboxTransporter()
  await harness?.close()
  await smtp?.kill()
})

/** Runs `call` and answers its result and how long it took. */
const timed = async <T>(call: () => Promise<T>) => {
  const started = performance.now()
  const result = await call()
  return { result, ms: performance.now() - started }
}
const act = (as: string, slug: string, id: number, body: Record<string, unknown>) =>
  harness.rest('POST', `/${slug}/${id}/workflow`, { as, body })
const publishRelease = async (title: string) => {
  const created = await timed(() =>
    harness.rest('POST', `/${MEDIA_RELEASES}`, {
      as: 'writer@city.example',
      body: validContent(MEDIA_RELEASES, title),
    }),
  )
  const id = created.result.body.doc.id as number
  const calls = [created.ms]
  for (const [as, action] of [
    ['writer@city.example', 'submit'],
    ['manager@city.example', 'approve'],
    ['manager@city.example', 'publish'],
  ] as const) {
    const step = await timed(() => act(as, MEDIA_RELEASES, id, { action }))
    expect(step.result.status, JSON.stringify(step.result.body)).toBe(200)
    calls.push(step.ms)
  }
  return calls
}
const urgentBulletin = async (title: string) => {
  const id = (
    await harness.rest('POST', `/${EMERGENCY_BULLETINS}`, {
      as: 'emergency@city.example',
      body: validContent(EMERGENCY_BULLETINS, title),
    })
  ).body.doc.id as number
  const step = await timed(() =>
    act('emergency@city.example', EMERGENCY_BULLETINS, id, {
      action: 'urgent-publish',
      comment: 'Now.',
    }),
  )
  expect(step.result.status).toBe(200)
  return step.ms
}
const subscribe = (email: string) =>
  timed(() =>
    harness.rest('POST', '/subscriptions', {
      body: { email, topics: ['news'], language: 'en' },
      headers: { 'x-forwarded-for': `203.0.113.${Math.floor(Math.random() * 250)}` },
    }),
  )
const health = async () =>
  (await harness.rest('GET', '/health')).body as {
    ok: boolean
    mail: {
      state: string
      queued: number
      lastError: string | null
      since: string | null
      lastSuccessAt: string | null
    }
  }

/** As the jobs queue does, until `done` or the time is up; answers the seconds it took. */
const runOutboxUntil = async (done: () => Promise<boolean>, seconds: number) => {
  const started = Date.now()
  while (Date.now() - started < seconds * 1000) {
    await sendOutbox(harness.payload, { budgetMs: 5_000 })
    if (await done()) return (Date.now() - started) / 1000
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return Number.POSITIVE_INFINITY
}
const copies = async (subject: string) => {
  const counts = new Map<string, number>()
  for (const arrival of await smtp.received())
    if (arrival.subject === subject) counts.set(arrival.to, (counts.get(arrival.to) ?? 0) + 1)
  return counts
}
const everyoneOnce = async (subject: string) => {
  const counts = await copies(subject)
  return counts.size === SUBSCRIBER_COUNT && [...counts.values()].every((n) => n === 1)
}

/** What the health answer's last error says for each outage (with the server's address removed). */
const ERROR_OF: Record<SmtpMode | 'down', RegExp> = {
  down: /ECONNREFUSED|connection|socket/i,
  silent: /Greeting never received|timeout/i,
  refuse: /451/,
  normal: /^$/,
}

const outage = (mode: SmtpMode | 'down', label: string) =>
  describe(label, () => {
    const tag = mode === 'down' ? 'Killed' : mode === 'silent' ? 'Silent' : 'Refusing'
    it('requests answer at once, health says degraded, and everything held arrives once when the server is back', async () => {
      // The pool holds open connections to a working server first.
      await publishRelease(`${tag}: before the outage`)
      expect(
        await runOutboxUntil(() => everyoneOnce(`${tag}: before the outage`), 30),
      ).toBeLessThan(30)

      await smtp.kill()
      if (mode !== 'down') await smtp.start(mode)

      const signup = await subscribe(`${tag.toLowerCase()}.newcomer@example.com`)
      expect(signup.result.status).toBe(202)
      expect(signup.ms).toBeLessThan(NOT_WAITING_ON_SMTP_MS)
      for (const ms of await publishRelease(`${tag}: during the outage`))
        expect(ms).toBeLessThan(NOT_WAITING_ON_SMTP_MS)
      expect(await urgentBulletin(`${tag}: alert during the outage`)).toBeLessThan(
        NOT_WAITING_ON_SMTP_MS,
      )

      // The outbox tries (as the jobs queue would) and the health answer tells operators within 30 s.
      const degradedAfter = await runOutboxUntil(
        async () => (await health()).mail.state === 'degraded',
        30,
      )
      expect(degradedAfter).toBeLessThan(30)
      const during = await health()
      expect(during.ok).toBe(true)
      expect(during.mail.queued).toBeGreaterThanOrEqual(SUBSCRIBER_COUNT * 2 + 1)
      expect(during.mail.lastError).toMatch(ERROR_OF[mode])
      expect(during.mail.lastError).not.toMatch(/127\.0\.0\.1/)
      expect(Date.parse(during.mail.since!)).toBeLessThanOrEqual(Date.now())
      expect(await copies(`${tag}: during the outage`)).toEqual(new Map())

      await smtp.kill()
      await smtp.start('normal')
      const deliveredAfter = await runOutboxUntil(
        async () =>
          (await everyoneOnce(`${tag}: during the outage`)) &&
          (await everyoneOnce(`URGENT: ${tag}: alert during the outage`)) &&
          (await smtp.received()).some((a) => a.to === `${tag.toLowerCase()}.newcomer@example.com`),
        60,
      )
      expect(deliveredAfter).toBeLessThan(60)
      const after = (await health()).mail
      expect(after.state).toBe('ok')
      expect(after.since).toBeNull()
      expect(Date.parse(after.lastSuccessAt!)).toBeGreaterThan(Date.parse(during.mail.since!))
      // Emergency first: every copy of the alert arrived before the first copy of the release.
      const order = (await smtp.received()).map((a) => a.subject)
      if (process.env.DEBUG_ORDER) console.log(order.map((s, i) => `${i}:${s}`).join('\n'))
      expect(order.lastIndexOf(`URGENT: ${tag}: alert during the outage`)).toBeLessThan(
        order.indexOf(`${tag}: during the outage`),
      )

      // A subscription made afterwards is confirmed by email within 30 s.
      const later = `${tag.toLowerCase()}.later@example.com`
      expect((await subscribe(later)).result.status).toBe(202)
      expect(
        await runOutboxUntil(async () => (await smtp.received()).some((a) => a.to === later), 30),
      ).toBeLessThan(30)
      await drainOutbox(harness.payload)
      expect(await everyoneOnce(`${tag}: during the outage`)).toBe(true)
    }, 720_000)
  })

outage('down', 'a mail server killed with connections open, then started again')
outage('silent', 'a mail server that accepts connections and never speaks')
outage('refuse', 'a mail server that answers 451 to everything')
