import { strings, type Language } from '../../../site/lib/i18n'
import { oneLine } from '../../core/text/oneLine'
import { formatDay } from '../../core/businessDays'
import { subjectWithReference } from './reference'

/**
 * Everything the desk writes to a customer (plain text, in the customer's language, the reference
 * in every subject so replies find their case) and to staff (English, then French).
 */
export type Email = { subject: string; text: string }

export class SignatureError extends Error {
  override name = 'SignatureError'
}

type Signer = { firstName?: string | null; department?: string | null }

/**
 * The City's standard: "We will identify ourselves to you by using our first name and the
 * department in which we work." The signature is added here, after the message is written, so
 * nobody can leave it out; a person without a first name or a department cannot send.
 */
export const signature = (signer: Signer, language: Language): string => {
  const first = signer.firstName?.trim()
  const department = signer.department?.trim()
  if (!first)
    throw new SignatureError(
      'Your account has no first name. Add it under your account before replying: replies are signed with it.',
    )
  if (!department)
    throw new SignatureError(
      'Your account has no department. Ask an administrator to set it before you reply: replies name it.',
    )
  return `${strings(language).desk.signedOff}\n\n${first}\n${department}`
}

export const acknowledgement = (a: {
  language: Language
  contactName: string | null
  subject: string | null
  reference: string
  dueAt: Date
  cityName: string
  postalAddress: string
}): Email => {
  const t = strings(a.language).desk
  return {
    // Nothing of the sender's subject: an acknowledgement sent to a forged address must not carry
    // a stranger's words to it (the reference is all a reply needs).
    subject: subjectWithReference(a.reference, t.ackSubject),
    text: [
      t.greeting(a.contactName?.trim() || null),
      '',
      t.ackThanks,
      t.ackDue(formatDay(a.dueAt, a.language)),
      '',
      t.ackReference(a.reference),
      '',
      '--',
      t.city(a.cityName),
      a.postalAddress,
    ].join('\n'),
  }
}

const replySubject = (reference: string, subject: string | null, language: Language) => {
  const base = oneLine(subject?.trim() || strings(language).desk.defaultSubject)
  return subjectWithReference(reference, /^(re|tr|fw|fwd)\s*:/i.test(base) ? base : `Re: ${base}`)
}

export const replyEmail = (a: {
  language: Language
  contactName: string | null
  subject: string | null
  reference: string
  message: string
  signer: Signer
  cityName: string
}): Email => ({
  subject: replySubject(a.reference, a.subject, a.language),
  text: [
    strings(a.language).desk.greeting(a.contactName?.trim() || null),
    '',
    a.message.trim(),
    '',
    signature(a.signer, a.language),
    strings(a.language).desk.city(a.cityName),
  ].join('\n'),
})

export const closingEmail = (a: {
  language: Language
  contactName: string | null
  subject: string | null
  reference: string
  surveyUrl: string | null
  cityName: string
}): Email => {
  const t = strings(a.language).desk
  return {
    subject: subjectWithReference(
      a.reference,
      t.closedSubject(oneLine(a.subject?.trim() || t.defaultSubject)),
    ),
    text: [
      t.greeting(a.contactName?.trim() || null),
      '',
      t.closedBody,
      ...(a.surveyUrl ? ['', t.surveyAsk, a.surveyUrl] : []),
      '',
      '--',
      t.city(a.cityName),
    ].join('\n'),
  }
}

/** Cases merged: the customer is told once which reference survives. */
export const mergedEmail = (a: {
  language: Language
  contactName: string | null
  merged: string
  survivor: string
  cityName: string
}): Email => {
  const t = strings(a.language).desk
  return {
    subject: subjectWithReference(a.survivor, t.mergedSubject),
    text: [
      t.greeting(a.contactName?.trim() || null),
      '',
      t.mergedBody(a.merged, a.survivor),
      '',
      t.mergedReference(a.survivor),
      '',
      '--',
      t.city(a.cityName),
    ].join('\n'),
  }
}

type CaseLine = { reference: string; subject: string; dueAt: Date; link: string }

const lines = (cases: readonly CaseLine[], language: Language) =>
  cases.map(
    (c) => `- ${c.reference} ${oneLine(c.subject)} (${formatDay(c.dueAt, language)})\n  ${c.link}`,
  )

/** The morning list of replies due today, to their assignee. */
export const dueTodayDigest = (a: { firstName: string; cases: readonly CaseLine[] }): Email => ({
  subject: `Replies due today / Réponses dues aujourd’hui: ${a.cases.length}`,
  text: [
    `Hello ${a.firstName},`,
    '',
    `${a.cases.length === 1 ? 'This case is' : `These ${a.cases.length} cases are`} due a reply today:`,
    ...lines(a.cases, 'en'),
    '',
    '---',
    '',
    `Bonjour ${a.firstName},`,
    '',
    `${a.cases.length === 1 ? 'Ce dossier attend' : `Ces ${a.cases.length} dossiers attendent`} une réponse aujourd’hui :`,
    ...lines(a.cases, 'fr'),
  ].join('\n'),
})

/**
 * A breach, to the department's manager or (when it still stands) the desk's head: a reply past
 * its due time, or a case past its resolution target.
 */
export const escalation = (a: {
  managerFirstName: string
  reference: string
  subject: string
  dueAt: Date
  assignee: string | null
  department: string
  link: string
  breach?: 'reply' | 'resolution'
  /** To the desk's head, after the department's manager was told on this date. */
  managerToldAt?: Date | null
}): Email => {
  const who = a.assignee ?? 'nobody / personne'
  const resolution = a.breach === 'resolution'
  const head = a.managerToldAt
    ? {
        en: ` The department's manager was told on ${formatDay(a.managerToldAt, 'en')}.`,
        fr: ` La gestion du service en a été avisée le ${formatDay(a.managerToldAt, 'fr')}.`,
      }
    : { en: '', fr: '' }
  return {
    subject: `${resolution ? 'Unresolved / Non réglé' : 'Overdue / En retard'}: [${a.reference}] ${oneLine(a.subject)}`,
    text: [
      `Hello ${a.managerFirstName},`,
      '',
      resolution
        ? `Case ${a.reference} (${a.department}) was to be resolved by ${formatDay(a.dueAt, 'en')} and is still open. Assigned to: ${who}.${head.en}`
        : `Case ${a.reference} (${a.department}) was due a reply by ${formatDay(a.dueAt, 'en')} and has none. Assigned to: ${who}.${head.en}`,
      a.link,
      '',
      '---',
      '',
      `Bonjour ${a.managerFirstName},`,
      '',
      resolution
        ? `Le dossier ${a.reference} (${a.department}) devait être réglé au plus tard le ${formatDay(a.dueAt, 'fr')} et est toujours ouvert. Assigné à : ${who}.${head.fr}`
        : `Le dossier ${a.reference} (${a.department}) attendait une réponse au plus tard le ${formatDay(a.dueAt, 'fr')} et n’en a pas. Assigné à : ${who}.${head.fr}`,
      a.link,
    ].join('\n'),
  }
}
