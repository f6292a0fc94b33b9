import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  ValidationError,
} from 'payload'

import { isSponsorshipStaff } from '../access'
import { afterCommit } from '../db'
import { normaliseEmail } from '../core/text/emailAddress'
import { databaseLimiter, SCHEDULED_QUEUE } from '../coordination'
import { clientIp } from '../http'
import { pickCoordinator } from './core/assign'
import { coordinators, INQUIRY_MAIL_TASK, sendInquiryMail } from './inquiryMail'
import { OPEN_STATES } from './core/pipeline'
import { openCase } from '../desk'
import { relationId } from '../core/relationId'
import { loadCalendar } from '../calendar'
import { responseDue } from '../core/businessDays'
import { SPONSOR_INQUIRIES, SPONSORSHIP_PACKAGES, USERS } from '../core/slugs'

/** 5 inquiries an IP an hour: a sponsor asks about a few packages at most; a script is stopped. */
const INQUIRIES_PER_IP = { max: 5, windowMs: 60 * 60 * 1000 }
/** 3 an address an hour: nobody can make us flood someone else's inbox with acknowledgements. */
const INQUIRIES_PER_ADDRESS = { max: 3, windowMs: 60 * 60 * 1000 }
const perIp = databaseLimiter('inquiry-ip', INQUIRIES_PER_IP)
const perAddress = databaseLimiter('inquiry-address', INQUIRIES_PER_ADDRESS)

/**
 * The field a person never sees (hidden from eye and screen reader) and a form-filling bot fills
 * in.
 */
export const HONEYPOT = 'homepage'

const CONSENT_TEXT =
  'I agree that the City may contact me by email or phone about this sponsorship inquiry.'

class TooManyInquiries extends APIError {
  constructor() {
    super(
      'Too many inquiries from this connection or address. Wait an hour, or email the sponsorship team.',
      429,
      null,
      true,
    )
  }
}
class HoneypotFilled extends APIError {
  constructor() {
    super('This inquiry could not be accepted.', 400, null, true)
  }
}

/**
 * Public creates only: the honeypot, then the per-IP and per-address limits. Staff logging a call
 * and the system's own writes (seed, imports: `overrideAccess`) are not limited.
 */
export const guardPublicCreate: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (
    operation !== 'create' ||
    isSponsorshipStaff(req.user) ||
    (args as { overrideAccess?: boolean }).overrideAccess === true
  )
    return args
  const data = (args.data ?? {}) as Record<string, unknown>
  if (typeof data[HONEYPOT] === 'string' && data[HONEYPOT].trim()) throw new HoneypotFilled()
  if (!(await perIp.take(req.payload, clientIp(req)))) throw new TooManyInquiries()
  const email = normaliseEmail(data.email)
  if (email && !(await perAddress.take(req.payload, email))) throw new TooManyInquiries()
  return args
}

const invalid = (path: string, message: string) =>
  new ValidationError({ collection: SPONSOR_INQUIRIES, errors: [{ path, message }] })

/** A new inquiry gets its state, its reply-by date on the City calendar and a coordinator. */
export const prepareNewInquiry: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const staff = isSponsorshipStaff(req.user)
  if (data.package != null && !staff) {
    // The public may only ask about a package the public can see (never a draft or a withdrawn
    // one).
    const visible = await req.payload.find({
      collection: SPONSORSHIP_PACKAGES,
      where: { id: { equals: data.package } },
      overrideAccess: false,
      depth: 0,
      limit: 1,
      pagination: false,
    })
    if (visible.docs.length === 0)
      throw invalid('package', 'This sponsorship package is not open for inquiries.')
  }
  let assignedTo = staff ? data.assignedTo : undefined
  if (assignedTo == null) {
    const people = await coordinators(req.payload)
    // One count per coordinator (a handful), not a read of every open inquiry.
    const counts = new Map<string, number>()
    for (const person of people) {
      const open = await req.payload.count({
        collection: SPONSOR_INQUIRIES,
        where: {
          and: [{ state: { in: [...OPEN_STATES] } }, { assignedTo: { equals: person.id } }],
        },
        overrideAccess: true,
      })
      counts.set(String(person.id), open.totalDocs)
    }
    assignedTo = pickCoordinator(people, counts)?.id ?? null
  }
  const due = responseDue(new Date(), await loadCalendar(req.payload))
  return {
    ...data,
    state: 'new',
    responseDueAt: due.dueAt.toISOString(),
    respondedAt: null,
    acknowledgedAt: null,
    coordinatorsNotifiedAt: null,
    consentText: CONSENT_TEXT,
    assignedTo,
    screening: {},
    approval: {},
    slot: null,
    committedValue: null,
    agreedAt: null,
  }
}

/**
 * The inquiry is also a case on the customer-service desk: the same reference, clock and report. It
 * opens once the inquiry is stored (a refused inquiry leaves no case), with the inquiry's arrival
 * and coordinator; its acknowledgement is the sponsorship one, so the desk sends none.
 */
const openDeskCase = async (
  req: Parameters<CollectionAfterChangeHook>[0]['req'],
  doc: Record<string, unknown> & { id: number | string },
) => {
  const assignee = relationId(doc.assignedTo)
  const coordinator =
    assignee === null || assignee === undefined
      ? null
      : await req.payload.findByID({
          collection: USERS,
          id: assignee,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
        })
  const deskCase = await openCase(req.payload, {
    channel: 'web',
    kind: 'sponsorship',
    language: doc.language === 'fr' ? 'fr' : 'en',
    subject: `Sponsorship inquiry: ${String(doc.organisation ?? '').trim()}`,
    message: String(doc.message ?? ''),
    contactName: doc.contactName as string,
    organisation: doc.organisation as string,
    email: doc.email as string,
    phone: (doc.phone as string | null) ?? null,
    consent: true,
    consentText: CONSENT_TEXT,
    receivedAt: new Date(String(doc.createdAt)),
    department: (relationId(coordinator?.department) as number | null) ?? null,
    assignee: (assignee as number | null) ?? null,
    sponsorInquiry: doc.id,
    acknowledge: false,
    actor: isSponsorshipStaff(req.user) ? req.user : null,
    req,
  })
  await req.payload.db.updateOne({
    collection: SPONSOR_INQUIRIES,
    id: doc.id,
    data: { reference: deskCase.reference },
    req,
  })
  return deskCase.reference
}

/**
 * Acknowledges at once, so the sponsor has the reply-by date before they close the page. A mail
 * server that is down does not lose the inquiry: the send is queued and retried with back-off.
 */
export const mailNewInquiry: CollectionAfterChangeHook = async ({
  doc,
  operation,
  req,
  context,
}) => {
  if (operation !== 'create') return doc
  const linked = { ...doc, reference: await openDeskCase(req, doc) }
  if (context.skipInquiryMail) return linked
  // The mail step reads the inquiry back on its own: only once the inquiry has committed.
  await afterCommit(req, async () => {
    try {
      await sendInquiryMail(req.payload, doc.id)
    } catch (error) {
      req.payload.logger.warn({
        err: error,
        msg: `Sponsor inquiry ${doc.id}: email failed; queued a retry.`,
      })
      await req.payload.jobs.queue({
        task: INQUIRY_MAIL_TASK,
        input: { id: doc.id },
        queue: SCHEDULED_QUEUE,
      })
    }
  })
  return linked
}
