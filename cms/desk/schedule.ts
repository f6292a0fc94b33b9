import type { Payload } from 'payload'
import type { ScheduledStep } from '../coordination'

import { loadCalendar } from '../calendar'
import { isBusinessDay, localDate, todayBounds } from '../core/businessDays'
import { relationId } from '../core/relationId'
import { CORRESPONDENCE, USERS } from '../core/slugs'
import { queueMessage } from '../email'
import { currentSettings } from '../settings'
import { dueTodayDigest } from './core/emails'
import { CLOCK_RUNNING_STATES } from './core/model'
import { loadDeskSettings } from './deskSettings'
import { escalateOverdue } from './escalate'
import { anonymiseExpired } from './privacy'

export { escalateOverdue }

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
  escalated: await escalateEachMinute(payload, now),
  anonymised: await applyRetention(payload, now),
})

/**
 * Escalation reads every breached case (in pages): once a minute is soon enough for a target
 * counted in business days, and spares the database a scan every 5 seconds.
 */
let escalatedAt = 0
const escalateEachMinute = async (payload: Payload, now: Date) => {
  if (now.getTime() - escalatedAt < 60_000) return 0
  escalatedAt = now.getTime()
  return escalateOverdue(payload, now)
}

/** The desk's step of the 5-second pass (each part keeps its own pace inside it). */
export const deskScheduledStep: ScheduledStep = {
  name: 'desk',
  report: 'desk',
  fallback: null,
  run: (payload, now) => runDeskSchedule(payload, now),
}
