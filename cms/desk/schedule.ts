import type { Payload } from 'payload'
import type { ScheduledStep } from '../coordination'

import { loadCalendar } from '../calendar'
import { isBusinessDay, localDate, todayBounds } from '../core/businessDays'
import { relationId } from '../core/relationId'
import { CORRESPONDENCE, USERS } from '../core/slugs'
import { queueMessage } from '../email'
import { currentSettings } from '../settings'
import { audit } from './audit'
import { departmentDoc } from './cases'
import { dueTodayDigest, escalation } from './core/emails'
import { CLOCK_RUNNING_STATES } from './core/model'
import { loadDeskSettings } from './deskSettings'
import { anonymiseExpired } from './privacy'

const hourIn = (now: Date, timeZone = 'America/Toronto') =>
  Number(
    new Intl.DateTimeFormat('en-CA', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(now),
  )

const link = (id: number | string) =>
  `${currentSettings().cmsUrl}/admin/collections/${CORRESPONDENCE}/${id}`

/** What this process already did today: the scheduled pass runs every few seconds. */
const doneOn = new Map<string, string>()

/**
 * The due-today digest: at the start of each business day (the desk's digest hour, Toronto time),
 * each assignee gets one email listing the cases whose reply is due today. Keyed per person and day
 * in the outbox, so several processes or a restart never send it twice.
 */
export const sendDueTodayDigests = async (payload: Payload, now = new Date()) => {
  const today = localDate(now)
  if (doneOn.get('digest') === today) return 0
  const [desk, calendar] = await Promise.all([loadDeskSettings(payload), loadCalendar(payload)])
  if (!isBusinessDay(today, calendar) || hourIn(now) < desk.digestHour) return 0
  const { start, end } = todayBounds(now)
  const { docs } = await payload.find({
    collection: CORRESPONDENCE,
    where: {
      and: [
        { state: { in: [...CLOCK_RUNNING_STATES] } },
        { assignee: { exists: true } },
        { responseDueAt: { greater_than_equal: start.toISOString() } },
        { responseDueAt: { less_than_equal: end.toISOString() } },
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const byAssignee = new Map<string, typeof docs>()
  for (const doc of docs) {
    const key = String(relationId(doc.assignee))
    byAssignee.set(key, [...(byAssignee.get(key) ?? []), doc])
  }
  let sent = 0
  for (const [assignee, cases] of byAssignee) {
    const person = await payload.findByID({
      collection: USERS,
      id: assignee,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!person?.email) continue
    const email = dueTodayDigest({
      firstName: person.firstName,
      cases: cases.map((c) => ({
        reference: c.reference ?? '',
        subject: c.subject ?? c.summary ?? '',
        dueAt: new Date(c.responseDueAt!),
        link: link(c.id),
      })),
    })
    await queueMessage(
      payload,
      { to: [person.email], subject: email.subject, text: email.text },
      { key: `desk-digest:${assignee}:${today}` },
    )
    sent += 1
  }
  doneOn.set('digest', today)
  return sent
}

/**
 * A case past its reply-by time goes to its department's manager (once per due time: a case
 * reopened later has a new one), and the escalation is audited.
 */
export const escalateOverdue = async (payload: Payload, now = new Date()) => {
  const { docs } = await payload.find({
    collection: CORRESPONDENCE,
    where: {
      and: [
        { state: { in: [...CLOCK_RUNNING_STATES] } },
        { responseDueAt: { less_than: now.toISOString() } },
      ],
    },
    limit: 200,
    depth: 0,
    overrideAccess: true,
    sort: 'responseDueAt',
  })
  let escalated = 0
  for (const doc of docs) {
    if (doc.escalatedAt && doc.responseDueAt && doc.escalatedAt >= doc.responseDueAt) continue
    const department = await departmentDoc(payload, doc.department)
    const managerId = relationId(department?.manager)
    const manager =
      managerId !== null && managerId !== undefined
        ? await payload.findByID({
            collection: USERS,
            id: managerId,
            depth: 0,
            overrideAccess: true,
            disableErrors: true,
          })
        : null
    const assignee = relationId(doc.assignee)
    const assigneeDoc =
      assignee !== null && assignee !== undefined
        ? await payload.findByID({
            collection: USERS,
            id: assignee,
            depth: 0,
            overrideAccess: true,
            disableErrors: true,
          })
        : null
    if (manager?.email) {
      const email = escalation({
        managerFirstName: manager.firstName,
        reference: doc.reference ?? '',
        subject: doc.subject ?? doc.summary ?? '',
        dueAt: new Date(doc.responseDueAt!),
        assignee: assigneeDoc ? `${assigneeDoc.firstName} ${assigneeDoc.lastName}` : null,
        department: department?.name ?? '(no department)',
        link: link(doc.id),
      })
      await queueMessage(
        payload,
        { to: [manager.email], subject: email.subject, text: email.text },
        { key: `desk-escalation:${doc.id}:${doc.responseDueAt}` },
      )
    }
    await payload.update({
      collection: CORRESPONDENCE,
      id: doc.id,
      data: { escalatedAt: now.toISOString() },
      overrideAccess: true,
      depth: 0,
      context: { desk: true },
    })
    await audit(payload, {
      case: doc.id,
      action: 'escalated',
      details: manager?.email
        ? `overdue; told ${manager.email}`
        : 'overdue; the department has no manager to tell',
    })
    escalated += 1
  }
  return escalated
}

/** Once a day: closed cases past the retention period lose their personal information. */
export const applyRetention = async (payload: Payload, now = new Date()) => {
  const today = localDate(now)
  if (doneOn.get('retention') === today) return 0
  const desk = await loadDeskSettings(payload)
  const count = await anonymiseExpired(payload, desk.retentionYears, now)
  if (count < 200) doneOn.set('retention', today)
  return count
}

/** The desk's part of the scheduled pass. */
export const runDeskSchedule = async (payload: Payload, now = new Date()) => ({
  digests: await sendDueTodayDigests(payload, now),
  escalated: await escalateOverdue(payload, now),
  anonymised: await applyRetention(payload, now),
})

/** The desk's step of the 5-second pass (each part keeps its own pace inside it). */
export const deskScheduledStep: ScheduledStep = {
  name: 'desk',
  report: 'desk',
  fallback: null,
  run: (payload, now) => runDeskSchedule(payload, now),
}
