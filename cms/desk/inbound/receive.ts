import { type AddressObject, type ParsedMail, simpleParser } from 'mailparser'
import { APIError, FileUploadError, type Payload, type PayloadRequest } from 'payload'

import { passageLanguage } from '../../accessibility/core/passageLanguage'
import { loadCalendar } from '../../calendar'
import { relationTo } from '../../core/relationId'
import { CORRESPONDENCE_FILES, CORRESPONDENCE_MESSAGES } from '../../core/slugs'
import { inOneTransaction, isReferenceConflict, refusableWithin } from '../../db'
import { normaliseEmail } from '../../core/text/emailAddress'
import { MAX_PHOTOS, PHOTO_TYPES } from '../../servicerequests/core/photos'
import { receive311Email } from '../../servicerequests'
import { currentSettings } from '../../settings'
import { removeStrayFiles } from '../../storage'
import { audit } from '../audit'
import { findByReference, openCase, saveClock } from '../cases'
import { caseTargets } from '../targets'
import { classifyInbound, newTextOfReply } from '../core/inbound'
import { mailShapeFault } from '../core/mailShape'
import { mentionedReference, provenReference } from '../core/reference'

/**
 * The staff note on a case opened from mail that names another case or request it could not
 * prove it answers (from another address, or without the reply secret of our Message-IDs).
 */
const mentionNote = (reference: string | null) =>
  reference
    ? `Mentions ${reference}: this mail names it but did not come from its contact in reply to ` +
      'our mail about it, so it was opened as a new case. Open both to link them if they belong ' +
      'together.'
    : null

/** What became of one arriving email. */
export type Received =
  | { kind: 'opened'; reference: string }
  | { kind: 'joined'; reference: string }
  | { kind: 'duplicate'; reference: string | null }
  | { kind: 'ignored'; reason: string }

const MAX_ATTACHMENTS = 10
const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
const MAX_TEXT = 20_000

const firstAddress = (value: AddressObject | AddressObject[] | undefined) => {
  const list = [value ?? []].flat().flatMap((a) => a.value)
  return list[0] ?? null
}

const idList = (value: string | string[] | undefined) =>
  [value ?? []]
    .flat()
    .flatMap((v) => v.split(/\s+/))
    .filter(Boolean)

/** The message's plain text: its text part, or its HTML part stripped, bounded. */
const plainText = (mail: ParsedMail) => {
  const text =
    mail.text ??
    (typeof mail.html === 'string'
      ? mail.html
          .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
          .replace(/<br\s*\/?>|<\/p>/gi, '\n')
          .replace(/<[^>]+>/g, '')
      : '')
  return text.replace(/\r\n/g, '\n').trim().slice(0, MAX_TEXT)
}

/**
 * The headers as the sender wrote them (unfolded), from the raw lines: the parser turns address
 * headers into objects (`Return-Path: <>` became an address list, and a check for `<>` never
 * matched).
 */
const headerMap = (mail: ParsedMail): Record<string, string> => {
  const out: Record<string, string> = {}
  for (const { key, line } of mail.headerLines) {
    const value = line
      .slice(line.indexOf(':') + 1)
      .replace(/\r?\n[ \t]+/g, ' ')
      .trim()
    out[key.toLowerCase()] ??= value
  }
  return out
}

type Attachment = ParsedMail['attachments'][number]

/**
 * What became of a message's attachments: the rows kept (and their files' names, to remove if the
 * message is not taken after all), and the files that could not be kept.
 */
type KeptFiles = { ids: (number | string)[]; files: string[]; notKept: string[] }

/**
 * Payload refuses some types for good (web pages, programs): the file's fault, not the hour's. A
 * file that could not be written (a full disk, an unwritable folder) is the hour's, though Payload
 * answers it 400 too: the message is refused for now (451) and comes again.
 */
const refusedForGood = (error: unknown) =>
  error instanceof APIError &&
  !(error instanceof FileUploadError) &&
  error.status >= 400 &&
  error.status < 500

/**
 * Customers' attachments, kept privately (the desk downloads them; nothing public). A file that
 * can never be kept (an HTML page, a program, one over the limit) is left out and named in the
 * thread; the message is still taken, so the sender is not told to retry for days.
 */
const keepAttachments = async (
  payload: Payload,
  attachments: readonly Attachment[],
  kept: KeptFiles,
  req: PayloadRequest,
) => {
  for (const [index, attachment] of attachments.entries()) {
    const label = (attachment.filename ?? 'attachment').slice(0, 120)
    if (attachment.contentType === 'message/delivery-status') continue
    if (index >= MAX_ATTACHMENTS) {
      kept.notKept.push(`${label} (over ${MAX_ATTACHMENTS} files)`)
      continue
    }
    if (attachment.size === 0 || attachment.size > MAX_ATTACHMENT_BYTES) {
      kept.notKept.push(`${label} (${attachment.size === 0 ? 'empty' : 'over 10 MB'})`)
      continue
    }
    const name = label.replace(/[^\w.\- ]+/g, '_')
    try {
      const doc = await payload.create({
        collection: CORRESPONDENCE_FILES,
        data: { originalName: attachment.filename ?? null },
        file: {
          data: attachment.content,
          mimetype: attachment.contentType || 'application/octet-stream',
          name: name || 'attachment',
          size: attachment.size,
        },
        overrideAccess: true,
        depth: 0,
        // A type Payload refuses is left out; the rest of the message is still taken.
        req: refusableWithin(req),
      })
      kept.ids.push(doc.id)
      if (doc.filename) kept.files.push(doc.filename)
    } catch (error) {
      if (!refusedForGood(error)) throw error
      kept.notKept.push(`${label} (${attachment.contentType || 'unknown type'}, not accepted)`)
    }
  }
  return kept.ids
}

/**
 * The files of a message that could not be taken: its rows were rolled back with the rest, the
 * files written for them go too (start-up removes any a crash left).
 */
const discard = (payload: Payload, kept: KeptFiles) =>
  removeStrayFiles(payload, CORRESPONDENCE_FILES, { names: kept.files }).catch((error) =>
    payload.logger.warn({ err: error, msg: 'Attachments of a refused message remain.' }),
  )

/** The thread's note of the files left out. */
const withNotKept = (text: string, kept: KeptFiles) =>
  kept.notKept.length === 0 ? text : `${text}\n\n[Not kept: ${kept.notKept.join('; ')}]`

/** Signature logos and tracking pixels are images too; a photo of a pothole is larger than this. */
const MIN_PHOTO_BYTES = 20 * 1024

/**
 * Mail to 311: its first photos become the request's photos; every other attachment is kept as
 * usual.
 */
const splitPhotos = (attachments: readonly Attachment[]) => {
  const photos: Attachment[] = []
  const others: Attachment[] = []
  for (const a of attachments)
    (photos.length < MAX_PHOTOS &&
    (PHOTO_TYPES as readonly string[]).includes(a.contentType) &&
    a.size >= MIN_PHOTO_BYTES
      ? photos
      : others
    ).push(a)
  return { photos, others }
}

/**
 * A message that can never be taken as it is: the listener answers 554 and the sender's server
 * gives up (a temporary 451 would make it retry for days).
 */
export class MailRefused extends Error {
  override name = 'MailRefused'
}

/**
 * One email to the desk: automatic mail (out-of-office, bounces, lists, a null sender) is dropped;
 * a message already received (the same Message-ID, delivered twice) is stored once; a reply that
 * names a case (its reference in the subject, or a Message-ID of ours in In-Reply-To or References)
 * joins it; anything else opens a case and gets the acknowledgement with the reference. What it
 * stores is stored whole or not at all: if the case cannot be written, the files kept for it go.
 */
export const receiveEmail = async (
  payload: Payload,
  raw: Buffer | string,
  envelope: { to?: string[]; from?: string } = {},
): Promise<Received> => {
  const bytes = typeof raw === 'string' ? Buffer.from(raw) : raw
  const fault = mailShapeFault(bytes)
  if (fault) throw new MailRefused(`This message cannot be read: ${fault}.`)
  let mail: ParsedMail
  try {
    mail = await simpleParser(bytes, { skipImageLinks: true, skipTextToHtml: true })
  } catch (error) {
    throw new MailRefused(`This message cannot be read: ${(error as Error).message}.`)
  }
  const kept: KeptFiles = { ids: [], files: [], notKept: [] }
  try {
    // The case or request, its messages, attachments, audit and acknowledgement: all or nothing.
    return await inOneTransaction(payload, (req) => take(payload, mail, envelope, kept, req), {
      retryOn: isReferenceConflict,
    })
  } catch (error) {
    await discard(payload, kept)
    throw error
  }
}

const take = async (
  payload: Payload,
  mail: ParsedMail,
  envelope: { to?: string[]; from?: string },
  kept: KeptFiles,
  req: PayloadRequest,
): Promise<Received> => {
  // A second attempt (after a reference conflict) starts from nothing kept.
  Object.assign(kept, { ids: [], notKept: [] })
  const settings = currentSettings()
  const sender = firstAddress(mail.from)
  const from = normaliseEmail(sender?.address ?? '') ?? null
  const subject = (mail.subject ?? '').replace(/\s+/g, ' ').trim().slice(0, 300)
  const headers = headerMap(mail)
  const text = plainText(mail)
  const verdict = classifyInbound({
    headers,
    from: sender?.address ?? null,
    subject,
    contentType: headers['content-type'] ?? null,
    envelopeFrom: envelope.from,
    text,
  })
  if (verdict.kind !== 'message')
    return { kind: 'ignored', reason: `${verdict.kind}: ${verdict.reason}` }
  if (!from) return { kind: 'ignored', reason: 'no sender address to answer' }
  const messageId = mail.messageId?.trim() || null
  if (messageId) {
    const seen = await payload.find({
      collection: CORRESPONDENCE_MESSAGES,
      where: { messageId: { equals: messageId } },
      limit: 1,
      depth: 1,
      overrideAccess: true,
      req,
    })
    if (seen.docs[0]) {
      const c = seen.docs[0].case as { reference?: string } | number
      return { kind: 'duplicate', reference: typeof c === 'object' ? (c.reference ?? null) : null }
    }
  }
  // A reply joins a case only when it quotes a Message-ID of ours carrying the case's reply secret
  // and comes from the case's own address: a subject or a forged In-Reply-To proves nothing.
  const threadIds = [...idList(mail.inReplyTo), ...idList(mail.references).reverse()]
  const proven = provenReference(threadIds, settings.inbound.domain, settings.payloadSecret)
  const candidate = proven ? await findByReference(payload, proven, req) : null
  const existing = candidate && candidate.email === from ? candidate : null
  const mentions = existing ? null : mentionedReference(subject, threadIds)
  // The clock starts when the City receives the message, whatever date the sender's machine wrote.
  const at = new Date()
  if (existing) {
    const attachments = await keepAttachments(payload, mail.attachments, kept, req)
    await payload.create({
      collection: CORRESPONDENCE_MESSAGES,
      data: {
        case: relationTo(existing.id),
        direction: 'in',
        at: at.toISOString(),
        fromAddress: from,
        toAddress: settings.inbound.address,
        subject,
        body: withNotKept(newTextOfReply(text) || '(no text)', kept),
        messageId,
        attachments: attachments.map((id) => relationTo(id)),
      },
      overrideAccess: true,
      depth: 0,
      req,
    })
    await saveClock(
      payload,
      existing,
      {
        type: 'customer-wrote',
        at,
        calendar: await loadCalendar(payload),
        channel: 'email',
        nextReplyDays: (await caseTargets(payload, existing)).nextReplyDays,
      },
      {},
      req,
    )
    await audit(payload, {
      case: existing.id,
      action: existing.state === 'closed' ? 'reopened by the customer' : 'customer wrote',
      details: `email from ${from}`,
      req,
    })
    return { kind: 'joined', reference: existing.reference }
  }
  const to = (envelope.to ?? []).map((a) => a.toLowerCase())
  let mentioned311: string | null = null
  const language = passageLanguage(`${subject}. ${text}`) === 'fr' ? 'fr' : 'en'
  if (to.includes(settings.inbound.address311)) {
    const { photos, others } = splitPhotos(mail.attachments)
    const request = await receive311Email(payload, {
      from,
      subject,
      text,
      messageId,
      threadIds,
      language,
      at,
      photos: photos.map((a) => ({ name: a.filename ?? 'photo', data: a.content })),
      keepOtherFiles: (unused) =>
        keepAttachments(
          payload,
          [...others, ...photos.filter((a) => unused.some((u) => u.data === a.content))],
          kept,
          req,
        ),
      req,
    })
    if (request.kind !== 'unrecognised') return request
    mentioned311 = request.mentions ?? null
  }
  const attachments = await keepAttachments(payload, mail.attachments, kept, req)
  const doc = await openCase(payload, {
    channel: 'email',
    kind: 'general',
    topic: to.includes(settings.inbound.address311) ? '311' : null,
    language,
    subject: subject || null,
    message: withNotKept(text || '(no text)', kept),
    contactName: sender?.name?.trim() || null,
    email: from,
    receivedAt: at,
    messageId,
    fromAddress: from,
    attachments,
    notes: mentionNote(mentions ?? mentioned311),
    req,
  })
  const named = mentions ?? mentioned311
  if (named)
    await audit(payload, {
      case: doc.id,
      action: 'mentions',
      details: `names ${named} without proving it belongs there; opened as a new case`,
      req,
    })
  return { kind: 'opened', reference: doc.reference }
}
