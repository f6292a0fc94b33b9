import type { Payload } from 'payload'
import type { ScheduledStep } from '../coordination'

import { EMERGENCY_BULLETINS, USERS } from '../core/slugs'
import { PRIORITY_HEADER, queueMessage } from '../email'
import type { BulletinDoc } from '../../emergency/core/fromBulletin'
import { siteBulletin } from '../../emergency'
import { activeAlerts } from '../../site/lib/content'
import { missingFrench } from '../../site/lib/i18n/translation'
import { relationId } from '../core/relationId'
import { bilingualMessages as say } from '../core/text/messages'
import { reminderDue } from './core/policy'
import { loadLanguagePolicy } from './policy'

/**
 * While an alert that went out in English alone is in force, the officer who sent it (or its
 * author) is emailed every reminder interval (the language policy) until the French is added. Each
 * reminder has its own outbox key, so every process's scheduled pass may try and the officer gets
 * it once. Answers how many alerts in force lack French.
 */
export const remindEnglishOnlyAlerts = async (payload: Payload, now = new Date()) => {
  const policy = await loadLanguagePolicy(payload)
  const { docs } = await payload.find({
    collection: EMERGENCY_BULLETINS,
    locale: 'all',
    where: {
      and: [{ _status: { equals: 'published' } }, { expires: { greater_than: now.toISOString() } }],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  // Payload's generated types do not describe locale 'all' (each localized field as { en, fr });
  // BulletinDoc does.
  // eslint-disable-next-line no-restricted-syntax -- read with locale 'all' (above)
  const bulletins = docs as unknown as (BulletinDoc & {
    urgentPublishedBy?: unknown
    author?: unknown
  })[]
  // The same reading of each bulletin as the site's: English fields, its French beside them.
  const pages = new Map(bulletins.map((b) => [String(b.id), siteBulletin(b)]))
  const inForce = new Set(activeAlerts([...pages.values()], now).map((b) => String(b.id)))
  let englishOnly = 0
  for (const bulletin of bulletins) {
    if (!inForce.has(String(bulletin.id))) continue
    const page = pages.get(String(bulletin.id))!
    const missing = missingFrench(page, page.fr)
    if (missing.length === 0) continue
    englishOnly += 1
    const due = reminderDue(bulletin.publishedAt, now, policy.reminderMinutes)
    if (due === null) continue
    const officerId = relationId(bulletin.urgentPublishedBy) ?? relationId(bulletin.author)
    if (officerId === null || officerId === undefined) continue
    const officer = (await payload.findByID({
      collection: USERS,
      id: officerId as number,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })) as { email?: string; firstName?: string } | null
    if (!officer?.email) continue
    const title = page.headline || page.title
    const message = say.frenchReminder({
      title,
      firstName: officer.firstName ?? '',
      minutes: due * policy.reminderMinutes,
      fields: missing,
      link: `${payload.config.serverURL}/admin/collections/${EMERGENCY_BULLETINS}/${bulletin.id}?locale=fr`,
    })
    await queueMessage(
      payload,
      {
        to: [officer.email],
        subject: message.subject,
        text: message.text,
        headers: { [PRIORITY_HEADER]: 'emergency' },
      },
      { key: `french-reminder:${String(bulletin.uid ?? bulletin.id)}:${due}` },
    )
  }
  return englishOnly
}

/** Bilingual's part of the 5-second pass: the officers of English-only alerts are reminded. */
export const frenchRemindersScheduledStep: ScheduledStep = {
  name: 'french-reminders',
  report: 'englishOnlyAlerts',
  fallback: 0,
  run: (payload, now) => remindEnglishOnlyAlerts(payload, now),
}
