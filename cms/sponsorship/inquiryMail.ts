import type { Payload } from 'payload'

import { departmentName } from '../core/departments'
import { SPONSOR_INQUIRIES, USERS } from '../core/slugs'
import { currentSettings } from '../settings'
import { acknowledgementEmail, coordinatorNotice, inquiryReference } from './core/emails'
import { loadPolicy } from './policy'

export const INQUIRY_MAIL_TASK = 'sponsorInquiryMail'

/** Every sponsorship coordinator, oldest account first (assignment breaks ties by that order). */
export const coordinators = async (payload: Payload) =>
  (
    await payload.find({
      collection: USERS,
      where: { roles: { in: ['sponsorship-coordinator'] } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      sort: 'id',
    })
  ).docs

const mark = (payload: Payload, id: number, data: Record<string, unknown>) =>
  payload.update({
    collection: SPONSOR_INQUIRIES,
    id,
    data: data,
    overrideAccess: true,
    depth: 0,
    context: { inquiryMail: true },
  })

/**
 * Sends what a new inquiry still needs: the sponsor's acknowledgement, then the coordinators'
 * notice. Each is marked sent as soon as it goes, so a retry after a failure sends only what is
 * missing. Returns what it sent; throws when a send fails (the caller queues a retry).
 */
export const sendInquiryMail = async (
  payload: Payload,
  id: number | string,
): Promise<{ acknowledged: boolean; notified: number }> => {
  const inquiry = await payload.findByID({
    collection: SPONSOR_INQUIRIES,
    id,
    // The coordinator and their department (they sign with its name).
    depth: 2,
    overrideAccess: true,
    locale: 'en',
  })
  const settings = currentSettings()
  const reference = inquiry.reference ?? inquiryReference(inquiry.id)
  const assignee =
    inquiry.assignedTo && typeof inquiry.assignedTo === 'object' ? inquiry.assignedTo : null
  const packageTitle =
    inquiry.package && typeof inquiry.package === 'object' ? (inquiry.package.title ?? null) : null
  // Set when the inquiry arrives (its beforeChange hook); the arrival time stands in for a very old
  // row.
  const dueAt = new Date(inquiry.responseDueAt ?? inquiry.createdAt)
  const sent = { acknowledged: false, notified: 0 }
  if (!inquiry.acknowledgedAt) {
    const policy = await loadPolicy(payload)
    const message = acknowledgementEmail({
      language: inquiry.language === 'fr' ? 'fr' : 'en',
      contactName: inquiry.contactName,
      organisation: inquiry.organisation,
      packageTitle,
      dueAt,
      signerFirstName: assignee?.firstName?.trim() || policy.teamName,
      department:
        departmentName(assignee?.department, inquiry.language === 'fr' ? 'fr' : 'en') ||
        policy.teamName,
      reference,
      postalAddress: settings.mailPostalAddress,
    })
    await payload.sendEmail({
      to: inquiry.email,
      replyTo: assignee?.email,
      subject: message.subject,
      text: message.text,
    })
    await mark(payload, inquiry.id, { acknowledgedAt: new Date().toISOString() })
    sent.acknowledged = true
  }
  if (!inquiry.coordinatorsNotifiedAt) {
    const people = await coordinators(payload)
    const notice = coordinatorNotice({
      organisation: inquiry.organisation,
      contactName: inquiry.contactName,
      email: inquiry.email,
      packageTitle,
      assignee: assignee ? `${assignee.firstName ?? ''} ${assignee.lastName ?? ''}`.trim() : null,
      dueAt,
      reference,
      link: `${settings.cmsUrl}/admin/collections/${SPONSOR_INQUIRIES}/${inquiry.id}`,
      message: inquiry.message,
    })
    if (people.length)
      await payload.sendEmail({
        to: people.map((p) => p.email),
        subject: notice.subject,
        text: notice.text,
      })
    await mark(payload, inquiry.id, { coordinatorsNotifiedAt: new Date().toISOString() })
    sent.notified = people.length
  }
  return sent
}
