import type { Payload } from 'payload'

import { mayWorkOn } from '../access'
import { type Actor, isStaff } from '../access/core/roles'
import { checkLetter } from '../accessibility/core/letter'
import { findingMessagesIn } from '../accessibility/core/findingMessages'
import type { CheckResult } from '../accessibility/core/check'
import { styleRules } from '../accessibility'
import { loadCalendar } from '../calendar'
import { departmentName } from '../core/departments'
import { relationId, relationTo } from '../core/relationId'
import { CORRESPONDENCE_MESSAGES, USERS } from '../core/slugs'
import { currentSettings } from '../settings'
import { audit } from './audit'
import { closingEmail, replyEmail, SignatureError } from './core/emails'
import { RuleError } from '../core/ruleError'
import { surveyToken } from './core/survey'
import { customerWroteSince } from './core/presence'
import { judgeReply } from './core/targets'
import { type CaseDoc, loadCase, mayAssign, saveClock } from './cases'
import { loadDeskSettings } from './deskSettings'
import { queueCaseMail } from './mail'
import { randomUUID } from 'node:crypto'
import { type Language } from '../../site/lib/i18n'

export type StepResult =
  | { ok: true; doc: CaseDoc; message: string; check?: CheckResult }
  | { ok: false; status: number; message: string; field?: string }

const MAX_REPLY_CHARACTERS = 20_000

const fail = (status: number, message: string, field?: string): StepResult => ({
  ok: false,
  status,
  message,
  ...(field ? { field } : {}),
})

/** Loads the case and checks that this person may work on it. */
export const caseFor = async (payload: Payload, id: string, user: Actor) => {
  const doc = await loadCase(payload, id)
  if (!doc) return { error: fail(404, `No correspondence with id ${id}.`) }
  if (!mayWorkOn(user, doc))
    return {
      error: fail(
        403,
        'This case belongs to another department. Ask the desk or its department to assign it to you.',
      ),
    }
  return { doc }
}

/** The Message-IDs of a case's thread, oldest first: what a reply's References carries. */
const threadIds = async (payload: Payload, caseId: number | string) =>
  (
    await payload.find({
      collection: CORRESPONDENCE_MESSAGES,
      where: { case: { equals: caseId } },
      sort: 'at',
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { messageId: true },
    })
  ).docs
    .map((m) => String(m.messageId ?? ''))
    .filter(Boolean)

/**
 * The checker's view of a reply before it goes: the same plain-language rules as published text.
 */
export const checkReply = async (
  payload: Payload,
  text: string,
  language: Language,
  adminLanguage?: string,
) =>
  checkLetter(
    { text, language, style: await styleRules(payload) },
    findingMessagesIn(adminLanguage),
  )

/**
 * A reply from staff: checked, signed with the sender's first name and department (in the
 * customer's language; it cannot be left out), queued through the outbox in the thread, recorded in
 * the case and its clock stopped. `via: 'phone'` records a reply given by telephone instead
 * (nothing is emailed).
 */
/** A reply as the API and the admin send it. */
export type ReplyArgs = {
  id: string
  user: Actor
  message: unknown
  awaitCustomer?: unknown
  via?: unknown
  adminLanguage?: string
  /** When the agent began the reply; with a newer customer message it waits for `confirm`. */
  draftStartedAt?: unknown
  confirm?: unknown
}

export const replyToCase = async (
  payload: Payload,
  /** `macro`: the one the reply was made from (macroReply.ts checked it may be used here). */
  args: ReplyArgs & { macro?: number | string | null },
): Promise<StepResult> => {
  const found = await caseFor(payload, args.id, args.user)
  if ('error' in found) return found.error!
  const doc = found.doc
  const text = typeof args.message === 'string' ? args.message.replace(/\r\n/g, '\n').trim() : ''
  if (!text) return fail(400, 'Write the reply in `message`.', 'message')
  if (text.length > MAX_REPLY_CHARACTERS)
    return fail(
      400,
      `The reply is too long (${text.length} characters; the limit is ${MAX_REPLY_CHARACTERS}).`,
      'message',
    )
  if (doc.state === 'closed') return fail(409, 'This case is closed. Reopen it before replying.')
  const started = typeof args.draftStartedAt === 'string' ? new Date(args.draftStartedAt) : null
  if (started && Number.isNaN(started.getTime()))
    return fail(400, 'Give `draftStartedAt` as a date and time (ISO 8601).', 'draftStartedAt')
  const lastIn = doc.lastCustomerMessageAt ? new Date(doc.lastCustomerMessageAt) : null
  if (args.confirm !== true && customerWroteSince(lastIn, started))
    return fail(
      409,
      'The customer wrote again after you began this reply. Read their new message, then send again to confirm.',
      'confirm',
    )
  const byPhone = args.via === 'phone'
  if (!byPhone && !doc.email)
    return fail(
      422,
      'This case has no email address. Call the customer, then record the call with "via": "phone".',
      'email',
    )
  const sender = (await payload.findByID({
    collection: USERS,
    id: args.user!.id,
    depth: 1,
    overrideAccess: true,
  })) as { firstName?: string | null; lastName?: string | null; department?: unknown }
  const department = departmentName(sender.department, doc.language)
  const settings = currentSettings()
  let email
  try {
    email = replyEmail({
      language: doc.language,
      contactName: doc.contactName ?? null,
      subject: doc.subject ?? null,
      reference: doc.reference,
      message: text,
      signer: { firstName: sender.firstName, department },
      cityName: settings.cityName,
    })
  } catch (error) {
    if (error instanceof SignatureError)
      return fail(422, error.message, sender.firstName?.trim() ? 'department' : 'firstName')
    throw error
  }
  const check = await checkReply(payload, text, doc.language, args.adminLanguage)
  const now = new Date()
  const awaitCustomer = args.awaitCustomer === true || args.awaitCustomer === 'true'
  const key = `desk-reply:${doc.id}:${randomUUID()}`
  const authorName = [sender.firstName, sender.lastName].filter(Boolean).join(' ')
  if (byPhone) {
    await payload.create({
      collection: CORRESPONDENCE_MESSAGES,
      data: {
        case: relationTo(doc.id),
        direction: 'call',
        at: now.toISOString(),
        author: relationTo(args.user!.id),
        authorName,
        body: text,
        awaitCustomer,
        macro: relationTo(args.macro ?? null),
      },
      overrideAccess: true,
      depth: 0,
    })
  } else {
    const thread = await threadIds(payload, doc.id)
    const part = `reply.${thread.length + 1}.${key.slice(-8)}`
    const messageId = await queueCaseMail(payload, {
      key,
      to: doc.email!,
      reference: doc.reference,
      part,
      email,
      thread,
    })
    await payload.create({
      collection: CORRESPONDENCE_MESSAGES,
      data: {
        case: relationTo(doc.id),
        direction: 'out',
        at: now.toISOString(),
        author: relationTo(args.user!.id),
        authorName,
        fromAddress: settings.inbound.address,
        toAddress: doc.email,
        subject: email.subject,
        body: email.text,
        messageId,
        awaitCustomer,
        macro: relationTo(args.macro ?? null),
        outboxKey: key,
      },
      overrideAccess: true,
      depth: 0,
    })
  }
  const judged = judgeReply(
    {
      state: doc.state,
      firstRespondedAt: doc.firstRespondedAt ? new Date(doc.firstRespondedAt) : null,
      responseDueAt: doc.responseDueAt ? new Date(doc.responseDueAt) : null,
    },
    now,
  )
  const saved = await saveClock(
    payload,
    doc,
    { type: 'replied', at: now, awaitCustomer },
    judged === 'next-met'
      ? { nextRepliesMet: (doc.nextRepliesMet ?? 0) + 1 }
      : judged === 'next-missed'
        ? { nextRepliesMissed: (doc.nextRepliesMissed ?? 0) + 1 }
        : {},
  )
  await audit(payload, {
    case: doc.id,
    action: byPhone ? 'replied by phone' : 'replied',
    actor: args.user,
    details: `${awaitCustomer ? 'asked the customer a question; ' : ''}${
      judged === 'next-met'
        ? 'a next reply, within the target'
        : judged === 'next-missed'
          ? 'a next reply, after the target'
          : doc.firstRespondedAt
            ? 'a further reply'
            : saved.standardMet
              ? 'first reply, within the standard'
              : 'first reply, after the standard'
    }`,
  })
  return {
    ok: true,
    doc: saved,
    check,
    message: byPhone ? 'The call is recorded.' : 'The reply is on its way.',
  }
}

export const assignCase = async (
  payload: Payload,
  args: { id: string; user: Actor; assignee: unknown },
): Promise<StepResult> => {
  const found = await caseFor(payload, args.id, args.user)
  if ('error' in found) return found.error!
  const doc = found.doc
  if (!(await mayAssign(payload, args.user, doc.department)))
    return fail(403, 'Only the desk or the manager of this case’s department assigns it.')
  const assignee = args.assignee === null || args.assignee === '' ? null : args.assignee
  if (assignee !== null) {
    const person = await payload.findByID({
      collection: USERS,
      id: assignee as string,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!person || !isStaff(person))
      return fail(400, `No staff member with id ${String(assignee)}.`, 'assignee')
  }
  try {
    const saved = await saveClock(payload, doc, {
      type: 'assigned',
      assignee: assignee as number | string | null,
    })
    await audit(payload, {
      case: doc.id,
      action: 'assigned',
      actor: args.user,
      details: `from ${String(relationId(doc.assignee) ?? 'nobody')} to ${String(assignee ?? 'nobody')}`,
    })
    return { ok: true, doc: saved, message: assignee ? 'Assigned.' : 'Unassigned.' }
  } catch (error) {
    if (error instanceof RuleError) return fail(error.status, error.message)
    throw error
  }
}

/**
 * Closes a case; the customer hears so, with the one-question survey when the desk offers it.
 * Reopens one with a new clock.
 */
export const closeCase = async (
  payload: Payload,
  args: { id: string; user: Actor; notify?: unknown },
): Promise<StepResult> => {
  const found = await caseFor(payload, args.id, args.user)
  if ('error' in found) return found.error!
  const doc = found.doc
  const now = new Date()
  let saved: CaseDoc
  try {
    saved = await saveClock(
      payload,
      doc,
      { type: 'closed', at: now },
      { closedAt: now.toISOString() },
    )
  } catch (error) {
    if (error instanceof RuleError) return fail(error.status, error.message)
    throw error
  }
  const desk = await loadDeskSettings(payload)
  const settings = currentSettings()
  if (doc.email && args.notify !== false) {
    const surveyUrl =
      desk.survey && !doc.closedAt
        ? `${settings.cmsUrl}/api/correspondence/survey?t=${surveyToken(payload.secret, doc.id)}`
        : null
    await queueCaseMail(payload, {
      key: `desk-close:${doc.id}:${now.getTime()}`,
      to: doc.email,
      reference: doc.reference,
      part: `closed.${now.getTime()}`,
      email: closingEmail({
        language: doc.language,
        contactName: doc.contactName ?? null,
        subject: doc.subject ?? null,
        reference: doc.reference,
        surveyUrl,
        cityName: settings.cityName,
      }),
      thread: await threadIds(payload, doc.id),
    })
  }
  await audit(payload, { case: doc.id, action: 'closed', actor: args.user })
  return { ok: true, doc: saved, message: 'Closed.' }
}

export const reopenCase = async (
  payload: Payload,
  args: { id: string; user: Actor },
): Promise<StepResult> => {
  const found = await caseFor(payload, args.id, args.user)
  if ('error' in found) return found.error!
  if (found.doc.mergedInto)
    return fail(409, 'This case was merged into another: reopen or work on that one.')
  try {
    const saved = await saveClock(payload, found.doc, {
      type: 'reopened',
      at: new Date(),
      calendar: await loadCalendar(payload),
    })
    await audit(payload, { case: found.doc.id, action: 'reopened', actor: args.user })
    return { ok: true, doc: saved, message: 'Reopened; the reply clock starts again.' }
  } catch (error) {
    if (error instanceof RuleError) return fail(error.status, error.message)
    throw error
  }
}
