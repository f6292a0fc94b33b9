import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CORRESPONDENCE, DESK_MACROS, DESK_SETTINGS } from '../cms/core/slugs'
import { type Harness, startHarness } from './helpers/harness'

/**
 * Messages in neither English nor French: flagged with the language detected when the case opens
 * (through the public API, as the form sends it), shown on the case with how the City answers, and
 * counted in the standards report.
 */
let harness: Harness
beforeAll(async () => {
  harness = await startHarness()
})
afterAll(async () => harness?.close())

const write = (message: string, email: string) =>
  harness.rest('POST', `/${CORRESPONDENCE}`, {
    body: { contactName: 'Ana', email, message, consent: true, language: 'en' },
    headers: { 'x-forwarded-for': `203.0.113.${Math.floor(Math.random() * 250) + 1}` },
  })
const caseOf = async (reference: string) =>
  (
    await harness.payload.find({
      collection: CORRESPONDENCE,
      where: { reference: { equals: reference } },
      overrideAccess: true,
    })
  ).docs[0]!

describe('messages in other languages', () => {
  it('flags the language, tells the agent how the City answers, and counts it', async () => {
    const macro = await harness.rest('POST', `/${DESK_MACROS}`, {
      as: 'manager@city.example',
      body: {
        name: 'Interpreter call-back',
        text: 'We will call you back with an interpreter. Reference {reference}.',
        textFr: 'Nous vous rappellerons avec un interprète. Référence {reference}.',
      },
    })
    expect(macro.status).toBe(201)
    const settings = await harness.rest('POST', `/globals/${DESK_SETTINGS}`, {
      as: 'manager@city.example',
      body: {
        otherLanguages: {
          answer: 'Call the interpreter line at 1-888-555-0199 (account 3110).',
          macro: macro.body.doc.id,
        },
      },
    })
    expect(settings.status).toBe(200)

    const spanish = await write(
      'Hola, el camión de la basura no pasó por mi calle esta semana y huele muy mal.',
      'ana@example.ca',
    )
    expect(spanish.status).toBe(201)
    const english = await write(
      'The garbage truck did not come to my street this week.',
      'b@example.ca',
    )
    const doc = await caseOf(spanish.body.reference)
    expect(doc.otherLanguage).toBe('spa')
    expect((await caseOf(english.body.reference)).otherLanguage ?? null).toBeNull()

    const thread = await harness.rest('GET', `/${CORRESPONDENCE}/${doc.id}/thread`, {
      as: 'desk@city.example',
    })
    expect(thread.body.otherLanguage).toEqual({
      code: 'spa',
      name: 'Spanish',
      answer: 'Call the interpreter line at 1-888-555-0199 (account 3110).',
      macro: { id: macro.body.doc.id, name: 'Interpreter call-back' },
    })

    const today = new Date().toISOString().slice(0, 10)
    const report = await harness.rest(
      'GET',
      `/${CORRESPONDENCE}/standards?from=2026-01-01&to=${today > '2026-12-31' ? today : '2026-12-31'}`,
      { as: 'desk@city.example' },
    )
    expect(report.body.otherLanguages).toEqual([{ language: 'spa', cases: 1 }])
  })
})
