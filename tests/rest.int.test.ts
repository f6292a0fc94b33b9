import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MEDIA_RELEASES } from '../cms/core/slugs'
import { richText } from '../cms/core/text/lexical'
import { type Harness, startHarness } from './helpers/harness'

/** The REST contract (docs/contract.md) through Payload's real request handler, as a browser or script meets it. */
let harness: Harness
beforeAll(async () => {
  harness = await startHarness()
})
afterAll(async () => harness?.close())

const WRITER = 'writer@city.example'
const MANAGER = 'manager@city.example'
const minimal = (title: string) => ({
  title,
  summary: `About ${title}.`,
  body: richText({ paragraph: 'Text.' }),
})

describe('health', () => {
  it('answers ok with the database kind, unauthenticated', async () => {
    const { status, body } = await harness.rest('GET', '/health')
    expect(status).toBe(200)
    expect(body).toMatchObject({ ok: true, database: harness.kind })
    // The kind only: never the file, host, user or password.
    expect(JSON.stringify(body)).not.toMatch(/cms\.db|127\.0\.0\.1|civic_test|postgres:\/\//)
  })
})

describe('creating and publishing media releases', () => {
  it('a writer creates a draft from the minimal body; slug and author are filled in', async () => {
    const { status, body } = await harness.rest('POST', `/${MEDIA_RELEASES}`, {
      as: WRITER,
      body: minimal('Été à la plage: Beach Season Opens!'),
    })
    expect(status).toBe(201)
    expect(body.doc).toMatchObject({ _status: 'draft', slug: 'ete-a-la-plage-beach-season-opens' })
    expect(body.doc.author.email ?? body.doc.author).toBeTruthy()
    expect(String(body.doc.author.id ?? body.doc.author)).toBe(String(harness.user(WRITER).id))
  })

  it('author cannot be forged through the API', async () => {
    const manager = harness.user(MANAGER)
    const { body } = await harness.rest('POST', `/${MEDIA_RELEASES}?depth=0`, {
      as: WRITER,
      body: { ...minimal('Forged author'), author: manager.id, lastEditedBy: manager.id },
    })
    expect(String(body.doc.author)).toBe(String(harness.user(WRITER).id))
    expect(String(body.doc.lastEditedBy)).toBe(String(harness.user(WRITER).id))
  })

  it.each([WRITER, MANAGER, 'admin@city.example'])(
    '%s cannot publish by setting the status: 403 with a sentence saying why',
    async (email) => {
      const { body: created } = await harness.rest('POST', `/${MEDIA_RELEASES}`, {
        as: email,
        body: minimal(`Status write by ${email}`),
      })
      const { status, body } = await harness.rest('PATCH', `/${MEDIA_RELEASES}/${created.doc.id}`, {
        as: email,
        body: { _status: 'published' },
      })
      expect(status).toBe(403)
      const direct = await harness.rest('POST', `/${MEDIA_RELEASES}`, {
        as: email,
        body: { ...minimal('Straight to live'), _status: 'published' },
      })
      expect(direct.status).toBe(403)
      // Both refusals say why, in the words the workflow gives, not a bare "Forbidden".
      for (const answer of [body, direct.body])
        expect(answer.errors?.[0]?.message).toMatch(
          /goes live only through the workflow \(submit, approve, publish\), not by setting its status/,
        )
    },
  )

  it('the public cannot read versions, users, or populate staff details', async () => {
    expect((await harness.rest('GET', `/${MEDIA_RELEASES}/versions`)).status).toBe(403)
    expect((await harness.rest('GET', '/users')).status).toBe(403)
    await harness.payload.create({
      collection: MEDIA_RELEASES,
      data: {
        ...minimal('Populated'),
        _status: 'published',
        workflowState: 'published',
        author: harness.user(WRITER).id,
      } as never,
      overrideAccess: true,
      context: { seed: true },
    })
    const list = await harness.rest('GET', `/${MEDIA_RELEASES}?depth=2&limit=100`)
    expect(list.status).toBe(200)
    expect(list.body.docs.length).toBeGreaterThan(0)
    expect(JSON.stringify(list.body)).not.toMatch(/@city\.example|firstName|department/)
  })
})

describe('validation errors name the field', () => {
  const fieldErrors = (body: any): { path: string; message: string }[] =>
    body.errors?.[0]?.data?.errors ?? []

  it('a release without a title or summary', async () => {
    const { status, body } = await harness.rest('POST', `/${MEDIA_RELEASES}`, {
      as: WRITER,
      body: { body: richText({ paragraph: 'x' }) },
    })
    expect(status).toBe(400)
    expect(
      fieldErrors(body)
        .map((error) => error.path)
        .sort(),
    ).toEqual(['summary', 'title'])
  })

  it('an Update bulletin that names no bulletin it updates, with an open polygon and expiry before effect', async () => {
    const { status, body } = await harness.rest('POST', '/emergency-bulletins', {
      as: 'emergency@city.example',
      body: {
        ...minimal('Update with problems'),
        msgType: 'Update',
        event: 'Flood',
        category: ['Met'],
        urgency: 'Immediate',
        severity: 'Severe',
        certainty: 'Observed',
        effective: '2026-11-27T12:00:00Z',
        expires: '2026-11-27T11:00:00Z',
        areas: [
          {
            areaDesc: 'Riverfront',
            polygons: [{ polygon: '42.3,-83.0 42.4,-83.0 42.4,-82.9 42.3,-82.9' }],
          },
        ],
      },
    })
    expect(status).toBe(400)
    const errors = fieldErrors(body)
    const byPath = Object.fromEntries(errors.map((error) => [error.path, error.message]))
    expect(byPath.references).toMatch(/must name the bulletin it follows/)
    expect(byPath.expires).toMatch(/later than Effective/)
    expect(byPath['areas.0.polygons.0.polygon']).toMatch(/not closed/)
  })

  it('sponsorship slots cannot exceed the total', async () => {
    const { status, body } = await harness.rest('POST', '/sponsorship-packages', {
      as: 'sponsorship@city.example',
      body: {
        ...minimal('Too many slots'),
        tier: 'patron',
        value: 5000,
        totalSlots: 2,
        slotsTakenElsewhere: 3,
        deadline: '2027-01-01T00:00:00Z',
      },
    })
    expect(status).toBe(400)
    expect(fieldErrors(body)).toContainEqual(
      expect.objectContaining({
        path: 'slotsTakenElsewhere',
        message: 'Slots taken elsewhere cannot be more than total slots.',
      }),
    )
  })

  it('a publication must say whether it is public or internal', async () => {
    const { status, body } = await harness.rest('POST', '/publications', {
      as: WRITER,
      body: { ...minimal('No audience'), kind: 'report' },
    })
    expect(status).toBe(400)
    expect(fieldErrors(body).map((error) => error.path)).toContain('audience')
  })
})

describe('slugs', () => {
  it('are unique, keep their first value when the title changes, and normalise what is typed', async () => {
    const first = await harness.rest('POST', `/${MEDIA_RELEASES}`, {
      as: WRITER,
      body: minimal('Same Title'),
    })
    const second = await harness.rest('POST', `/${MEDIA_RELEASES}`, {
      as: WRITER,
      body: minimal('Same Title'),
    })
    expect(first.body.doc.slug).toBe('same-title')
    expect(second.body.doc.slug).toBe('same-title-2')
    const renamed = await harness.rest('PATCH', `/${MEDIA_RELEASES}/${first.body.doc.id}`, {
      as: WRITER,
      body: { title: 'A New Title' },
    })
    expect(renamed.body.doc.slug).toBe('same-title')
    const typed = await harness.rest('POST', `/${MEDIA_RELEASES}`, {
      as: WRITER,
      body: { ...minimal('Typed'), slug: 'My Custom Slug!' },
    })
    expect(typed.body.doc.slug).toBe('my-custom-slug')
  })
})
