/**
 * The sponsorship emails, in English and French. Pure text: staff sign with their first name and
 * department, as the City's customer-service standard asks, and the reply-by date is the promise.
 */
import { oneLine } from '../../core/text/oneLine'
import { formatDay } from '../../core/businessDays'
import { type Language, strings } from '../../../site/lib/i18n'

export const inquiryReference = (id: number | string) => `SI-${String(id).padStart(5, '0')}`

type Ack = {
  language: Language
  contactName: string
  organisation: string
  packageTitle: string | null
  dueAt: Date
  signerFirstName: string
  department: string
  reference: string
  postalAddress: string
}

/** To the sponsor, at once: we have it, who will answer, and by when. */
export const acknowledgementEmail = (a: Ack) => {
  const w = strings(a.language).sponsorMail
  return {
    subject: oneLine(w.subject(a.reference)),
    text: [
      w.hello(a.contactName),
      '',
      w.thanks(a.organisation, a.packageTitle),
      w.received(formatDay(a.dueAt, a.language)),
      '',
      w.reference(a.reference),
      '',
      a.signerFirstName,
      a.department,
      a.postalAddress,
    ].join('\n'),
  }
}

type Notice = {
  organisation: string
  contactName: string
  email: string
  packageTitle: string | null
  assignee: string | null
  dueAt: Date
  reference: string
  link: string
  message: string
}

/**
 * To sponsorship coordinators (staff write in English): a new inquiry, who has it, and the
 * deadline.
 */
export const coordinatorNotice = (n: Notice) => ({
  subject: oneLine(`New sponsorship inquiry ${n.reference}: ${n.organisation}`),
  text: [
    `${n.contactName} (${n.email}) of ${n.organisation} asked about ${n.packageTitle ? `"${n.packageTitle}"` : 'sponsorship in general'}.`,
    n.assignee
      ? `Assigned to ${n.assignee}.`
      : 'Nobody is assigned yet: the first coordinator to reply should take it.',
    `Reply due by the end of ${formatDay(n.dueAt, 'en')} (3 business days).`,
    '',
    'Their message:',
    n.message,
    '',
    `Open it: ${n.link}`,
  ].join('\n'),
})
