import { readdir, readFile } from 'node:fs/promises'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  CORRESPONDENCE,
  EMERGENCY_BULLETINS,
  KB_ARTICLES,
  MEDIA_RELEASES,
  PUBLICATIONS,
  SERVICE_REQUESTS,
  SPONSOR_INQUIRIES,
} from '../../cms/core/slugs'
import { validContent } from '../helpers/fixtures'
import { type Harness, startHarness } from '../helpers/harness'

/**
 * Every custom endpoint, called by an anonymous visitor on a planted draft: each either refuses (401/403/
 * 404) or answers only what the public may know. A new endpoint must be added here (the last test counts).
 */
let harness: Harness
let draftId = 0
beforeAll(async () => {
  harness = await startHarness()
  draftId = (
    await harness.payload.create({
      collection: MEDIA_RELEASES,
      data: validContent(MEDIA_RELEASES, 'ZZSECRET draft') as never,
      draft: true,
      overrideAccess: true,
    })
  ).id as number
})
afterAll(async () => harness?.close())

const CALLS: [string, string, unknown?][] = [
  ['GET', `/${MEDIA_RELEASES}/{draft}/workflow`],
  ['POST', `/${MEDIA_RELEASES}/{draft}/workflow`, { action: 'submit' }],
  ['GET', `/${MEDIA_RELEASES}/{draft}/workflow/history`],
  ['GET', `/${MEDIA_RELEASES}/{draft}/accessibility`],
  ['POST', `/${MEDIA_RELEASES}/accessibility`, { title: 'x' }],
  ['POST', `/${EMERGENCY_BULLETINS}/{draft}/follow-up`, { kind: 'cancel' }],
  ['GET', `/${SPONSOR_INQUIRIES}/1/pipeline`],
  ['POST', `/${SPONSOR_INQUIRIES}/1/pipeline`, { action: 'contact' }],
  ['GET', `/${SPONSOR_INQUIRIES}/1/pipeline/history`],
  ['GET', `/${CORRESPONDENCE}/1/thread`],
  ['POST', `/${CORRESPONDENCE}/1/check`, { message: 'x' }],
  ['POST', `/${CORRESPONDENCE}/1/reply`, { message: 'x' }],
  ['POST', `/${CORRESPONDENCE}/1/assign`, { assignee: 1 }],
  ['POST', `/${CORRESPONDENCE}/1/close`, {}],
  ['POST', `/${CORRESPONDENCE}/1/reopen`, {}],
  ['GET', `/${CORRESPONDENCE}/1/macros`],
  ['POST', `/${CORRESPONDENCE}/1/macro`, { macro: 1 }],
  ['GET', `/${CORRESPONDENCE}/1/links`],
  ['POST', `/${CORRESPONDENCE}/1/merge`, { into: 2 }],
  ['POST', `/${CORRESPONDENCE}/1/split`, { message: 1 }],
  ['POST', `/${CORRESPONDENCE}/1/link`, { case: 2 }],
  ['POST', `/${CORRESPONDENCE}/1/presence`, { typing: true }],
  ['GET', `/${CORRESPONDENCE}/standards?from=2026-01-01&to=2026-12-31`],
  ['GET', `/${CORRESPONDENCE}/export?email=a@example.ca`],
  ['GET', `/${PUBLICATIONS}/{draft}/workflow`],
  ['POST', `/${SERVICE_REQUESTS}/1/status`, { state: 'closed', reason: 'resolved' }],
  ['GET', `/${SERVICE_REQUESTS}/trends?from=2026-01-01&to=2026-12-31`],
  ['GET', `/${SERVICE_REQUESTS}/1/status-templates?state=closed`],
  ['GET', `/${KB_ARTICLES}/search?q=garbage`],
  ['GET', `/${EMERGENCY_BULLETINS}/{draft}/reach`],
]

describe('custom endpoints, anonymously', () => {
  it.each(CALLS)('%s %s refuses', async (method, template, body) => {
    const answer = await harness.rest(
      method,
      template.replace('{draft}', String(draftId)),
      body === undefined ? {} : { body },
    )
    expect([401, 403, 404], JSON.stringify(answer.body).slice(0, 200)).toContain(answer.status)
    expect(JSON.stringify(answer.body)).not.toContain('ZZSECRET')
  })

  it('/health says the database kind, site and mail state, never an address, path or error text', async () => {
    const answer = await harness.rest('GET', '/health')
    expect(answer.status).toBe(200)
    expect(Object.keys(answer.body).sort()).toEqual([
      'database',
      'databaseMs',
      'mail',
      'ok',
      'role',
      'site',
      'uptimeSeconds',
      'version',
    ])
    expect(answer.body.role).toBe('all')
    expect(Object.keys(answer.body.mail).sort()).toEqual([
      'lastError',
      'lastSuccessAt',
      'queued',
      'since',
      'state',
    ])
    expect(JSON.stringify(answer.body)).not.toMatch(/file:|\/tmp|mongodb:|sqlite:/)
  })

  it('the list above covers every custom endpoint in the source (a new one must be added here)', async () => {
    const files = (
      await Promise.all(
        ['cms', 'collections', 'emergency'].map(async (dir) =>
          (await readdir(dir, { recursive: true })).map((f) => `${dir}/${f}`),
        ),
      )
    )
      .flat()
      .filter((f) => /\.ts$/.test(f) && !/\.test\.ts$|\/\.next\//.test(f))
    const declared = new Set<string>()
    for (const file of files) {
      for (const match of (await readFile(file, 'utf8')).matchAll(
        /path: '(\/[^']*)',\s*method: '(\w+)'/g,
      ))
        declared.add(`${match[2]} ${match[1]}`)
    }
    expect(declared.size).toBeGreaterThan(10)
    // Tested in this file, the email, abuse, sponsorship, desk, 311, Open311, knowledge-base and
    // alert-channel tests (push's public key and subscribe/unsubscribe, SMS sign-up, code, webhook),
    // tests/security/followProof (a follower's link and code), the ward pages' test (the ward
    // finder, and the wards' 311 figures with public fields only), and tests/closesTheLoop ("me
    // too", and "still not fixed" with the closing message's token), tests/myPage (a resident's own
    // page: its link, session and forms).
    const publicByDesign =
      /^\w+ \/(|health|subscriptions.*|sms-subscriptions.*|sms\/inbound|key|unsubscribe|form|survey|still-fixed|search|check|locate|nearby|map|track|track\/:reference|unfollow\/:token|:id\/follow|:id\/me-too|:id\/reopen|confirm\/:token|stop\/:token|:id\/follow\/confirm|follow\/confirm\/:token|:id\/feedback|:id\/view|misses|ward|streets|by-ward|my|my\/.*|open311\/v2\/.*)$/
    const covered = new Set(
      CALLS.map(
        ([method, path]) =>
          `${method.toLowerCase()} ${path
            .replace(/\?.*$/, '')
            .replace(/^\/[\w-]+/, '')
            .replace(/\/(\{draft\}|\d+)/, '/:id')}`,
      ),
    )
    expect(
      [...declared].filter((entry) => !publicByDesign.test(entry) && !covered.has(entry)).sort(),
    ).toEqual([])
  })
})
