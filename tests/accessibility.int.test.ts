import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MEDIA_RELEASES } from '../cms/core/slugs'
import { richText } from '../cms/core/text/lexical'
import { validContent } from './helpers/fixtures'
import { type Harness, startHarness } from './helpers/harness'

/** Accessibility findings in the workflow: errors block submit and approve; approvers may override, audited. */
let harness: Harness
beforeAll(async () => {
  harness = await startHarness()
})
afterAll(async () => harness?.close())

const WRITER = 'writer@city.example'
const MANAGER = 'manager@city.example'
const ADMIN = 'admin@city.example'
const vague = {
  root: {
    type: 'root',
    children: [
      {
        type: 'paragraph',
        children: [
          {
            type: 'link',
            fields: { url: 'https://city.example/budget' },
            children: [{ type: 'text', text: 'click here' }],
          },
        ],
      },
    ],
  },
}
const act = (as: string, id: number, body: Record<string, unknown>) =>
  harness.rest('POST', `/${MEDIA_RELEASES}/${id}/workflow`, { as, body })
const create = async (as: string, body: unknown) =>
  (
    await harness.rest('POST', `/${MEDIA_RELEASES}`, {
      as,
      body: { ...validContent(MEDIA_RELEASES, `Accessibility ${Math.random()}`), body },
    })
  ).body.doc.id as number

describe('GET /api/{slug}/{id}/accessibility', () => {
  it('lists findings with rule, severity, message and path, and the reading level; staff only', async () => {
    const id = await create(WRITER, vague)
    const answer = await harness.rest('GET', `/${MEDIA_RELEASES}/${id}/accessibility`, {
      as: WRITER,
    })
    expect(answer.status).toBe(200)
    expect(answer.body.findings).toContainEqual({
      rule: 'link-text',
      severity: 'error',
      message: expect.stringContaining('click here'),
      path: 'body.root.children.0.children.0',
    })
    expect(answer.body.readingLevel).toMatchObject({ language: 'en', target: 10 })
    expect((await harness.rest('GET', `/${MEDIA_RELEASES}/${id}/accessibility`)).status).toBe(401)
  })

  it('checks unsaved text too (the admin panel, as people type)', async () => {
    const answer = await harness.rest('POST', `/${MEDIA_RELEASES}/accessibility`, {
      as: WRITER,
      body: { summary: 'Short.', body: richText({ heading: 'Deep', level: 4 }) },
    })
    expect(answer.body.findings.map((f: { rule: string }) => f.rule)).toContain('heading-order')
  })
})

describe('blocking findings in the workflow', () => {
  it('a draft with an error cannot be submitted (422 with the findings); fixed, it can', async () => {
    const id = await create(WRITER, vague)
    const refused = await act(WRITER, id, { action: 'submit' })
    expect(refused.status).toBe(422)
    expect(refused.body.findings).toEqual([
      expect.objectContaining({ rule: 'link-text', severity: 'error' }),
    ])
    expect(refused.body.errors[0].message).toMatch(/1 accessibility problem blocks this step/)
    await harness.rest('PATCH', `/${MEDIA_RELEASES}/${id}?draft=true`, {
      as: WRITER,
      body: {
        body: richText({
          link: { text: 'the 2027 budget', url: 'https://city.example/budget' },
          before: 'Read ',
          after: '.',
        }),
      },
    })
    expect((await act(WRITER, id, { action: 'submit' })).status).toBe(200)
  })

  it('warnings do not block', async () => {
    const id = await create(
      WRITER,
      richText({ paragraph: 'PLEASE READ THIS WHOLE NOTICE CAREFULLY.' }),
    )
    expect((await act(WRITER, id, { action: 'submit' })).status).toBe(200)
  })

  it('a writer cannot override', async () => {
    const id = await create(WRITER, vague)
    const answer = await act(WRITER, id, {
      action: 'submit',
      overrideReason: 'I think it is fine.',
    })
    expect(answer.status).toBe(403)
    expect(answer.body.errors[0].message).toMatch(/Only an approver/)
  })

  it('an approver may go ahead with a written reason, and the audit records it, at submit and at approve', async () => {
    const id = await create(MANAGER, vague)
    expect(
      (
        await act(MANAGER, id, {
          action: 'submit',
          overrideReason: 'The link text is quoted from the council motion.',
        })
      ).status,
    ).toBe(200)
    expect((await act(ADMIN, id, { action: 'approve' })).status).toBe(422)
    expect(
      (
        await act(ADMIN, id, {
          action: 'approve',
          overrideReason: 'Agreed: the quotation must stay verbatim.',
        })
      ).status,
    ).toBe(200)
    const history = (
      await harness.rest('GET', `/${MEDIA_RELEASES}/${id}/workflow/history`, { as: ADMIN })
    ).body.docs
    expect(
      history.map((e: { action: string; accessibilityOverride?: string }) => [
        e.action,
        e.accessibilityOverride,
      ]),
    ).toEqual([
      ['submit', 'The link text is quoted from the council motion. (overrode: link-text)'],
      ['approve', 'Agreed: the quotation must stay verbatim. (overrode: link-text)'],
    ])
  })

  it('French text is checked too when it exists', async () => {
    const id = await create(WRITER, richText({ paragraph: 'Fine English text.' }))
    await harness.rest('PATCH', `/${MEDIA_RELEASES}/${id}?draft=true&locale=fr`, {
      as: WRITER,
      body: {
        title: 'Titre',
        summary: 'Résumé.',
        body: {
          root: {
            type: 'root',
            children: [
              {
                type: 'paragraph',
                children: [
                  {
                    type: 'link',
                    fields: { url: 'https://city.example/' },
                    children: [{ type: 'text', text: 'cliquez ici' }],
                  },
                ],
              },
            ],
          },
        },
      },
    })
    const refused = await act(WRITER, id, { action: 'submit' })
    expect(refused.status).toBe(422)
    expect(refused.body.findings[0].message).toContain('cliquez ici')
  })
})
