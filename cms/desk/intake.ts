import type { PayloadRequest } from 'payload'

import { strings } from '../../site/lib/i18n'

import { isStaff } from '../access/core/roles'
import { databaseLimiter } from '../coordination'
import { isCallbackNumber } from '../core/text/phone'
import { normaliseEmail } from '../core/text/emailAddress'
import { clientIp } from '../http'
import { isChannel, isKind, type Kind } from './core/model'
import { isPriority } from './core/targets'
import { type CaseDoc, type NewCase, openCase } from './cases'

/**
 * The field a person never sees (hidden from eye and screen reader) and a form-filling bot fills
 * in.
 */
export const CONTACT_HONEYPOT = 'website'

/** What residents may say a message is about; `sponsorship` comes through the sponsorship form. */
export const PUBLIC_KINDS: readonly Kind[] = [
  'general',
  'complaint',
  'compliment',
  'accessibility-feedback',
  'media',
]

/**
 * 5 messages an IP an hour, 3 an address: a person writes a few; a script, or a flood of
 * acknowledgements to someone else's inbox, is stopped.
 */
const perIp = databaseLimiter('contact-ip', { max: 5, windowMs: 60 * 60 * 1000 })
const perAddress = databaseLimiter('contact-address', { max: 3, windowMs: 60 * 60 * 1000 })

export type FieldError = { field: string; message: string }

export type IntakeOutcome =
  | { kind: 'opened'; doc: CaseDoc }
  | { kind: 'invalid'; errors: FieldError[] }
  | { kind: 'too-many' }
  | { kind: 'honeypot' }

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

const oneLine = (
  errors: FieldError[],
  field: string,
  value: string,
  label: string,
  max: number,
  required: boolean,
) => {
  if (!value) {
    if (required) errors.push({ field, message: `${label} is required.` })
    return
  }
  if (/[\r\n\0]/.test(value)) errors.push({ field, message: `${label} must be on one line.` })
  else if (value.length > max)
    errors.push({
      field,
      message: `${label} is too long (${value.length} characters; the limit is ${max}).`,
    })
}

/** The request's fields, from JSON, a form post, or the admin's multipart `_payload`. */
/**
 * Validates and opens a case from a request. The public writes on the web channel only, must give a
 * name, an email address, a message and consent, and is rate-limited; staff log any channel (a
 * call, a letter, a visit) with whatever contact details the person gave, and may date it back up
 * to 30 days.
 */
export const intakeCase = async (
  req: PayloadRequest,
  values: Record<string, unknown>,
  options: { asPublic?: boolean } = {},
): Promise<IntakeOutcome> => {
  const staff = !options.asPublic && isStaff(req.user)
  if (!staff && text(values[CONTACT_HONEYPOT])) return { kind: 'honeypot' }
  const errors: FieldError[] = []
  const language = values.language === 'fr' ? 'fr' : 'en'
  const channel = staff ? (isChannel(values.channel) ? values.channel : null) : 'web'
  if (!channel)
    errors.push({
      field: 'channel',
      message: 'Choose the channel: web, email, phone, letter or counter.',
    })
  const kind = values.kind === undefined || values.kind === '' ? 'general' : values.kind
  if (!isKind(kind) || (!staff && !PUBLIC_KINDS.includes(kind)))
    errors.push({
      field: 'kind',
      message: `Choose what it is about: ${(staff ? ['general', 'media', 'sponsorship', 'complaint', 'compliment', 'accessibility-feedback'] : PUBLIC_KINDS).join(', ')}.`,
    })
  const contactName = text(values.contactName)
  oneLine(errors, 'contactName', contactName, 'Your name', 120, !staff)
  const rawEmail = text(values.email)
  const email = rawEmail ? normaliseEmail(rawEmail) : null
  if (rawEmail && !email)
    errors.push({ field: 'email', message: 'Enter an email address like name@example.com.' })
  else if (!rawEmail && !staff)
    errors.push({ field: 'email', message: 'Enter the email address we should reply to.' })
  const phone = text(values.phone)
  if (phone && !isCallbackNumber(phone))
    errors.push({ field: 'phone', message: 'Enter a phone number like 519-555-0100.' })
  const subject = text(values.subject)
  oneLine(errors, 'subject', subject, 'Subject', 200, false)
  const message =
    typeof values.message === 'string' ? values.message.replace(/\r\n/g, '\n').trim() : ''
  if (!message)
    errors.push({
      field: 'message',
      message: staff ? 'Write what the person asked in `message`.' : 'Write your message.',
    })
  else if (message.length > 5000)
    errors.push({
      field: 'message',
      message: `The message is too long (${message.length} characters; the limit is 5000).`,
    })
  const consent =
    values.consent === true ||
    values.consent === 'yes' ||
    values.consent === 'on' ||
    values.consent === 'true'
  if (!staff && !consent)
    errors.push({
      field: 'consent',
      message: 'Tick the box to let the City contact you about your message.',
    })
  let receivedAt: Date | undefined
  if (staff && values.receivedAt) {
    const at = new Date(String(values.receivedAt))
    const now = Date.now()
    if (
      Number.isNaN(at.getTime()) ||
      at.getTime() > now + 60_000 ||
      at.getTime() < now - 30 * 86_400_000
    )
      errors.push({
        field: 'receivedAt',
        message: 'When the call or letter came in: a date and time within the last 30 days.',
      })
    else receivedAt = at
  }
  // Staff logging a call may set the priority; the public's never counts (routing sets it).
  if (
    staff &&
    values.priority !== undefined &&
    values.priority !== '' &&
    !isPriority(values.priority)
  )
    errors.push({ field: 'priority', message: 'Choose the priority: normal, high or urgent.' })
  if (errors.length) return { kind: 'invalid', errors }
  if (!staff) {
    if (!(await perIp.take(req.payload, clientIp(req)))) return { kind: 'too-many' }
    if (!(await perAddress.take(req.payload, email!))) return { kind: 'too-many' }
  }
  const input: NewCase = {
    channel: channel!,
    kind: kind as Kind,
    topic: text(values.topic) || null,
    language,
    subject: subject || null,
    message,
    contactName: contactName || null,
    organisation: text(values.organisation) || null,
    email,
    phone: phone || null,
    postalAddress: text(values.postalAddress) || null,
    consent: staff ? consent : true,
    // The words the form showed, stored with the consent (site/lib/i18n: the contact page's).
    consentText: staff ? null : strings(language).contact.consent,
    receivedAt,
    department: staff && values.department ? (values.department as string) : null,
    assignee: staff && values.assignee ? (values.assignee as string) : null,
    ...(staff && isPriority(values.priority) ? { priority: values.priority } : {}),
    actor: staff ? req.user : null,
  }
  return { kind: 'opened', doc: await openCase(req.payload, input) }
}
