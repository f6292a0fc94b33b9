import type { Payload, PayloadRequest } from 'payload'

import type { Actor } from '../access/core/roles'
import { isDeskStaff } from '../access'
import { loadCalendar } from '../calendar'
import { databaseLimiter } from '../coordination'
import { localDate } from '../core/businessDays'
import { createWithReference } from '../db'
import { departmentName } from '../core/departments'
import { relationId, relationTo } from '../core/relationId'
import { CORRESPONDENCE, CORRESPONDENCE_MESSAGES, DEPARTMENTS } from '../core/slugs'
import { currentSettings } from '../settings'
import { audit } from './audit'
import { acknowledgement } from './core/emails'
import { type CaseClock, type CaseEvent, nextClock } from './core/lifecycle'
import type { Channel, Kind } from './core/model'
import { REFERENCE_PREFIX } from './core/reference'
import { otherLanguageOf } from './core/otherLanguage'
import { routeCase } from './core/routing'
import { type Priority, resolutionDue, targetsFor } from './core/targets'
import { loadDeskSettings } from './deskSettings'
import { flagPossibleDuplicate } from './duplicates'
import { queueCaseMail } from './mail'
import { type Language } from '../../site/lib/i18n'
import type { Correspondence } from '../payload-types'

/** A case as the desk reads it: the generated type, with the reference every stored case has. */
export type CaseDoc = Correspondence & { reference: string }

/**
 * A stored case, checked to have its reference (written with the row, `createWithReference`; the
 * field is optional only because a hook fills it).
 */
export function asCase(doc: Correspondence): CaseDoc
export function asCase(doc: Correspondence | null | undefined): CaseDoc | null
export function asCase(doc: Correspondence | null | undefined): CaseDoc | null {
  if (!doc) return null
  const { reference } = doc
  if (!reference)
    throw new Error(`Case ${doc.id} has no reference; it was not written by openCase.`)
  return { ...doc, reference }
}

/** What opens a case, whoever sends it: the form, an app, inbound mail, staff logging a call. */
export type NewCase = {
  channel: Channel
  kind: Kind
  topic?: string | null
  /** Staff's choice when opening; else the routing rule's; else normal. */
  priority?: Priority
  language: Language
  subject?: string | null
  message: string
  contactName?: string | null
  organisation?: string | null
  email?: string | null
  phone?: string | null
  postalAddress?: string | null
  consent?: boolean
  consentText?: string | null
  receivedAt?: Date
  department?: number | string | null
  assignee?: number | string | null
  sponsorInquiry?: number | string | null
  /** The inbound email's own Message-ID and sender, and its stored attachments. */
  messageId?: string | null
  fromAddress?: string | null
  attachments?: (number | string)[]
  /** The staff's internal note to start with (mail naming another case it could not prove). */
  notes?: string | null
  /** Staff who logged it (a call, a letter, a visit); null for the public and for mail. */
  actor?: Actor
  /**
   * False when another part acknowledges (a sponsor inquiry gets the sponsorship acknowledgement).
   */
  acknowledge?: boolean
  /**
   * The request whose transaction the case joins (a hook opening one for a row not yet committed).
   */
  req?: PayloadRequest
}

const SUMMARY_CHARACTERS = 280

const clockOf = (doc: CaseDoc): CaseClock => ({
  state: doc.state,
  channel: doc.channel,
  assignee: (relationId(doc.assignee) as number | string | null) ?? null,
  responseDueAt: doc.responseDueAt ? new Date(doc.responseDueAt) : null,
  firstRespondedAt: doc.firstRespondedAt ? new Date(doc.firstRespondedAt) : null,
  standardMet: doc.standardMet ?? null,
  lastCustomerMessageAt: doc.lastCustomerMessageAt ? new Date(doc.lastCustomerMessageAt) : null,
})

const clockData = (clock: CaseClock) => ({
  state: clock.state,
  assignee: relationTo(clock.assignee),
  responseDueAt: clock.responseDueAt?.toISOString() ?? null,
  firstRespondedAt: clock.firstRespondedAt?.toISOString() ?? null,
  standardMet: clock.standardMet,
  lastCustomerMessageAt: clock.lastCustomerMessageAt?.toISOString() ?? null,
})

export const loadCase = async (payload: Payload, id: number | string, depth = 0) =>
  asCase(
    await payload.findByID({
      collection: CORRESPONDENCE,
      id,
      depth,
      overrideAccess: true,
      disableErrors: true,
    }),
  )

/**
 * The case a reference names, following merges to the case that survived (a customer replying to
 * an old reference, a link typed by staff): at most a few hops, never a loop.
 */
export const findByReference = async (
  payload: Payload,
  reference: string,
  req?: PayloadRequest,
): Promise<CaseDoc | null> => {
  let doc = asCase(
    (
      await payload.find({
        collection: CORRESPONDENCE,
        where: { reference: { equals: reference } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
        req,
      })
    ).docs[0],
  )
  for (let hop = 0; hop < 5 && doc?.mergedInto; hop += 1) {
    const next = await payload.findByID({
      collection: CORRESPONDENCE,
      id: relationId(doc.mergedInto)!,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    if (!next) break
    doc = asCase(next)
  }
  return doc
}

/** Writes a case's new clock and state; `extra` for fields the step sets besides. */
export const saveClock = async (
  payload: Payload,
  doc: CaseDoc,
  event: CaseEvent,
  extra: Record<string, unknown> = {},
  req?: PayloadRequest,
) => {
  const clock = nextClock(clockOf(doc), event)
  return asCase(
    await payload.update({
      collection: CORRESPONDENCE,
      id: doc.id,
      data: { ...clockData(clock), ...extra },
      overrideAccess: true,
      depth: 0,
      context: { desk: true },
      req,
    }),
  )
}

const departmentDoc = async (payload: Payload, id: unknown) => {
  const value = relationId(id)
  if (value === null || value === undefined) return null
  return payload.findByID({
    collection: DEPARTMENTS,
    id: value,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
}

/**
 * Opens a case: routes it, starts its clock, stores its first message, audits, and queues the
 * acknowledgement (with the reference and the reply-by date) when there is an address to send it
 * to.
 */
export const openCase = async (payload: Payload, input: NewCase): Promise<CaseDoc> => {
  const settings = currentSettings()
  const [calendar, desk] = await Promise.all([loadCalendar(payload), loadDeskSettings(payload)])
  const receivedAt = input.receivedAt ?? new Date()
  const text = `${input.subject ?? ''}\n${input.message}`
  const routed =
    input.department != null
      ? { department: input.department, rule: null, priority: 'normal' as const }
      : routeCase(
          desk.rules,
          { kind: input.kind, topic: input.topic, text },
          desk.fallbackDepartment,
        )
  const clock = nextClock(
    {
      state: 'new',
      channel: input.channel,
      assignee: null,
      responseDueAt: null,
      firstRespondedAt: null,
      standardMet: null,
      lastCustomerMessageAt: null,
    },
    { type: 'opened', at: receivedAt, calendar, assignee: input.assignee ?? null },
  )
  const year = Number(localDate(receivedAt).slice(0, 4))
  const priority = input.priority ?? routed.priority
  const targets = targetsFor(desk.targets, input.kind, priority)
  const data = {
    otherLanguage: otherLanguageOf(text),
    priority,
    resolutionDueAt: resolutionDue(receivedAt, targets, calendar).toISOString(),
    subject: input.subject?.trim() || null,
    summary: input.message.trim().slice(0, SUMMARY_CHARACTERS),
    channel: input.channel,
    kind: input.kind,
    topic: input.topic ?? null,
    language: input.language,
    contactName: input.contactName?.trim() || null,
    organisation: input.organisation?.trim() || null,
    email: input.email?.trim() || null,
    phone: input.phone?.trim() || null,
    postalAddress: input.postalAddress?.trim() || null,
    consent: input.consent ?? false,
    consentText: input.consentText ?? null,
    department: relationTo(routed.department),
    routedBy:
      input.department != null
        ? 'chosen when opened'
        : routed.rule !== null
          ? `routing rule ${routed.rule + 1}`
          : routed.department !== null
            ? 'fallback department'
            : 'no rule matched',
    sponsorInquiry: relationTo(input.sponsorInquiry ?? null),
    notes: input.notes ?? null,
    receivedAt: receivedAt.toISOString(),
    firstResponseDueAt: clock.responseDueAt!.toISOString(),
    ...clockData(clock),
  }
  const created = await createWithReference<CaseDoc>(payload, {
    collection: CORRESPONDENCE,
    prefix: REFERENCE_PREFIX,
    year,
    data,
    req: input.req,
    context: { desk: true },
  })
  const spoken = input.channel === 'phone' || input.channel === 'counter'
  await payload.create({
    collection: CORRESPONDENCE_MESSAGES,
    data: {
      case: relationTo(created.id),
      direction: spoken && input.actor ? 'call' : 'in',
      at: receivedAt.toISOString(),
      author: input.actor ? relationTo(input.actor.id) : null,
      authorName: input.actor
        ? [input.actor.firstName, input.actor.lastName].filter(Boolean).join(' ')
        : null,
      fromAddress: input.fromAddress ?? input.email ?? null,
      toAddress: input.channel === 'email' ? settings.inbound.address : null,
      subject: input.subject ?? null,
      body: input.message,
      messageId: input.messageId ?? null,
      attachments: (input.attachments ?? []).map((id) => relationTo(id)),
    },
    req: input.req,
    overrideAccess: true,
    depth: 0,
  })
  await audit(payload, {
    case: created.id,
    action: 'opened',
    actor: input.actor,
    details: `${input.channel}, ${input.kind}; ${data.routedBy}; reply due ${data.responseDueAt}`,
    req: input.req,
  })
  // A hint for staff: failing to write it never stops the case or its acknowledgement.
  await flagPossibleDuplicate(payload, created, input.req).catch((error: unknown) =>
    payload.logger.warn({
      err: error,
      msg: `Could not check ${created.reference} for duplicates.`,
    }),
  )
  if (created.email && input.acknowledge !== false) {
    if (await acknowledgements.take(payload, created.email, undefined, input.req))
      await acknowledge(payload, created, input.messageId ?? null, input.req)
    else
      await audit(payload, {
        case: created.id,
        action: 'not acknowledged',
        details: `${ACKS_PER_HOUR} acknowledgements already went to ${created.email} this hour`,
        req: input.req,
      })
  }
  return created
}

/**
 * Acknowledgements to one address an hour: past them, the case opens silently (a forged sender
 * would otherwise turn the desk into a mail cannon aimed at a stranger's inbox).
 */
const ACKS_PER_HOUR = 3
const acknowledgements = databaseLimiter('desk-ack-address', {
  max: ACKS_PER_HOUR,
  windowMs: 60 * 60 * 1000,
})

/** Queues the acknowledgement once (the outbox key is the case's) and records it. */
const acknowledge = async (
  payload: Payload,
  doc: CaseDoc,
  inReplyTo: string | null,
  req?: PayloadRequest,
) => {
  const settings = currentSettings()
  const email = acknowledgement({
    language: doc.language,
    contactName: doc.contactName ?? null,
    subject: doc.subject ?? null,
    reference: doc.reference,
    dueAt: new Date(doc.responseDueAt!),
    cityName: settings.cityName,
    postalAddress: settings.mailPostalAddress,
  })
  const messageId = await queueCaseMail(payload, {
    key: `desk-ack:${doc.id}`,
    to: doc.email!,
    reference: doc.reference,
    part: 'ack',
    email,
    thread: inReplyTo ? [inReplyTo] : [],
    req,
  })
  await payload.create({
    collection: CORRESPONDENCE_MESSAGES,
    data: {
      case: relationTo(doc.id),
      direction: 'out',
      at: new Date().toISOString(),
      authorName: 'Automatic acknowledgement',
      fromAddress: settings.inbound.address,
      toAddress: doc.email,
      subject: email.subject,
      body: email.text,
      messageId,
      outboxKey: `desk-ack:${doc.id}`,
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
  await payload.update({
    collection: CORRESPONDENCE,
    id: doc.id,
    data: { acknowledgedAt: new Date().toISOString() },
    overrideAccess: true,
    depth: 0,
    context: { desk: true },
    req,
  })
}

/** The department's name in a language, for signatures and notices. */
export const departmentLabel = async (payload: Payload, id: unknown, language: Language) =>
  departmentName(await departmentDoc(payload, id), language)

export { departmentDoc }

/** Who assigns or transfers a case: the desk, or the manager of the case's department. */
export const mayAssign = async (payload: Payload, user: Actor, department: unknown) => {
  if (isDeskStaff(user)) return true
  const doc = await departmentDoc(payload, department)
  return Boolean(user && doc && String(relationId(doc.manager)) === String(user.id))
}
