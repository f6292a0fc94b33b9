import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { formatDay } from '../cms/core/businessDays'
import { CORRESPONDENCE, DEPARTMENTS, DESK_MACROS } from '../cms/core/slugs'
import { openCase } from '../cms/desk/cases'
import { closeOutboxTransporter } from '../cms/email/transport'
import { caseMessages } from './helpers/desk'
import { expectInstantBetween } from './helpers/instant'
import { type Harness, startHarness } from './helpers/harness'
import { drainOutbox } from './helpers/outbox'
import { startSmtpSink } from './helpers/smtpSink'

/**
 * The desk's macros end to end: managers write them in both languages, agents apply them on a case
 * (filled in the case's language, checked), replies made from them are counted and carry out what
 * the macro does besides (wait on the customer, assign, close), over real SMTP on loopback.
 */
vi.setConfig({ testTimeout: 60_000 })
let harness: Harness
let sink: Awaited<ReturnType<typeof startSmtpSink>>
let departments: Record<string, number> = {}
const DESK = 'desk@city.example'
const MANAGER = 'manager@city.example'

beforeAll(async () => {
  sink = await startSmtpSink()
  harness = await startHarness()
  process.env.SMTP_URL = sink.url
  const found = await harness.payload.find({
    collection: DEPARTMENTS,
    pagination: false,
    overrideAccess: true,
  })
  departments = Object.fromEntries(found.docs.map((d) => [d.name, Number(d.id)]))
})
afterAll(async () => {
  closeOutboxTransporter()
  delete process.env.SMTP_URL
  await harness?.close()
  await sink?.close()
})

const newMacro = async (data: Record<string, unknown>) => {
  const made = await harness.rest('POST', `/${DESK_MACROS}`, {
    as: MANAGER,
    body: {
      text: 'Hello {firstName}, your case {reference} is with {department}. We will reply by {dueDate}. {agentFirstName}',
      textFr:
        'Bonjour {firstName}, votre dossier {reference} est entre les mains de {department}. Nous vous répondrons d’ici le {dueDate}. {agentFirstName}',
      ...data,
    },
  })
  expect(made.status, JSON.stringify(made.body)).toBe(201)
  return made.body.doc as { id: number; name: string }
}

const frenchCase = (email: string, department = departments['Public Works']!) =>
  openCase(harness.payload, {
    channel: 'email',
    kind: 'general',
    language: 'fr',
    subject: 'Nid-de-poule rue Principale',
    message: 'Il y a un nid-de-poule devant chez moi depuis deux semaines.',
    contactName: 'Marie-Ève Tremblay',
    email,
    department,
  })

const messagesOf = (id: number | string) => caseMessages(harness.payload, id)

describe('managers write macros; a wrong placeholder is refused by name', () => {
  it('names the field and the unknown placeholder; a writer may not write one', async () => {
    const bad = await harness.rest('POST', `/${DESK_MACROS}`, {
      as: MANAGER,
      body: { name: 'Typo', text: 'Hi {firstname}', textFr: 'Bonjour {firstName}' },
    })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].data.errors[0]).toMatchObject({
      path: 'text',
      message: expect.stringContaining('Unknown placeholder {firstname}'),
    })
    const writer = await harness.rest('POST', `/${DESK_MACROS}`, {
      as: 'writer@city.example',
      body: { name: 'Mine', text: 'Hi', textFr: 'Bonjour' },
    })
    expect(writer.status).toBe(403)
    const assignNobody = await harness.rest('POST', `/${DESK_MACROS}`, {
      as: MANAGER,
      body: { name: 'Hand over', text: 'Hi', textFr: 'Bonjour', assignTo: 'person' },
    })
    expect(assignNobody.status).toBe(400)
    expect(assignNobody.body.errors[0].data.errors[0].path).toBe('assignee')
  })
})

describe('an agent applies a macro to a French case', () => {
  it('fills French text with the case’s reference and due date, checked; sending counts it', async () => {
    const macro = await newMacro({ name: 'We have it' })
    const doc = await frenchCase('marie-eve@example.ca')
    const offered = await harness.rest('GET', `/${CORRESPONDENCE}/${doc.id}/macros`, { as: DESK })
    expect(offered.status).toBe(200)
    expect(offered.body.macros.map((m: { id: number }) => m.id)).toContain(macro.id)

    const applied = await harness.rest('POST', `/${CORRESPONDENCE}/${doc.id}/macro`, {
      as: DESK,
      body: { macro: macro.id },
    })
    expect(applied.status).toBe(200)
    const due = formatDay(new Date(doc.responseDueAt!), 'fr')
    expect(applied.body.language).toBe('fr')
    expect(applied.body.text).toBe(
      `Bonjour Marie-Ève, votre dossier ${doc.reference} est entre les mains de Travaux publics. Nous vous répondrons d’ici le ${due}. Jordan`,
    )
    // The plain-language check ran on the filled French text: the checker's own answer for it.
    const checked = await harness.rest('POST', `/${CORRESPONDENCE}/${doc.id}/check`, {
      as: DESK,
      body: { message: applied.body.text },
    })
    expect(applied.body.check).toEqual(checked.body)
    expect(applied.body.check.readingLevel.scored).toBe(true)

    const sending = new Date()
    const sent = await harness.rest('POST', `/${CORRESPONDENCE}/${doc.id}/reply`, {
      as: DESK,
      body: { message: applied.body.text, macro: macro.id },
    })
    expect(sent.status, JSON.stringify(sent.body)).toBe(200)
    expect(sent.body.doc.state).toBe('answered')
    await drainOutbox(harness.payload)
    const mail = sink.to('marie-eve@example.ca').at(-1)!
    expect(mail.parsed.text).toContain(`votre dossier ${doc.reference}`)
    expect(mail.parsed.text).toContain(due)
    const reply = (await messagesOf(doc.id)).find((m) => m.direction === 'out' && m.macro)!
    expect(reply.macro).toBe(macro.id)
    const counted = await harness.payload.findByID({
      collection: DESK_MACROS,
      id: macro.id,
      overrideAccess: true,
    })
    expect(counted.uses).toBe(1)
    // Stamped when the reply went, not when the macro was written or applied.
    expectInstantBetween(counted.lastUsedAt, sending)
  })

  it('a macro that waits on the customer pauses the clock; one that closes sends no second email', async () => {
    const asks = await newMacro({ name: 'Need a photo', afterwards: 'waiting-on-customer' })
    const doc = await frenchCase('question@example.ca')
    const applied = await harness.rest('POST', `/${CORRESPONDENCE}/${doc.id}/macro`, {
      as: DESK,
      body: { macro: asks.id },
    })
    expect(applied.body.effects).toEqual({ awaitCustomer: true, close: false, assignee: null })
    const sent = await harness.rest('POST', `/${CORRESPONDENCE}/${doc.id}/reply`, {
      as: DESK,
      body: { message: applied.body.text, macro: asks.id },
    })
    expect(sent.status).toBe(200)
    expect(sent.body.doc.state).toBe('waiting-on-customer')

    const closes = await newMacro({ name: 'Fixed, closing', afterwards: 'closed', assignTo: 'me' })
    const other = await frenchCase('closing@example.ca')
    await drainOutbox(harness.payload)
    const before = sink.to('closing@example.ca').length
    const closed = await harness.rest('POST', `/${CORRESPONDENCE}/${other.id}/reply`, {
      as: DESK,
      body: { message: 'Réparé ce matin. Merci!', macro: closes.id },
    })
    expect(closed.status, JSON.stringify(closed.body)).toBe(200)
    expect(closed.body.doc.state).toBe('closed')
    expect(String(closed.body.doc.assignee)).toBe(String(harness.user(DESK).id))
    await drainOutbox(harness.payload)
    expect(sink.to('closing@example.ca')).toHaveLength(before + 1)
  })

  it('another department’s macro is neither offered nor accepted; a shared one is offered everywhere', async () => {
    const parks = await newMacro({
      name: 'Parks only',
      department: departments['Parks and Recreation'],
    })
    const shared = await newMacro({ name: 'Shared' })
    const doc = await frenchCase('works@example.ca')
    const offered = await harness.rest('GET', `/${CORRESPONDENCE}/${doc.id}/macros`, { as: DESK })
    const ids = offered.body.macros.map((m: { id: number }) => m.id)
    expect(ids).toContain(shared.id)
    expect(ids).not.toContain(parks.id)
    const refused = await harness.rest('POST', `/${CORRESPONDENCE}/${doc.id}/reply`, {
      as: DESK,
      body: { message: 'Bonjour', macro: parks.id },
    })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0]).toMatchObject({ field: 'macro' })
    expect((await messagesOf(doc.id)).filter((m) => m.direction === 'out' && m.macro)).toHaveLength(
      0,
    )
    const missing = await harness.rest('POST', `/${CORRESPONDENCE}/${doc.id}/macro`, {
      as: DESK,
      body: { macro: 999_999 },
    })
    expect(missing.status).toBe(400)
    expect((await harness.rest('GET', `/${CORRESPONDENCE}/${doc.id}/macros`)).status).toBe(401)
    // Staff outside the case's department may not read its macros filled with its facts.
    const outsider = await harness.rest('POST', `/${CORRESPONDENCE}/${doc.id}/macro`, {
      as: 'writer@city.example',
      body: { macro: shared.id },
    })
    expect(outsider.status).toBe(403)
  })
})
