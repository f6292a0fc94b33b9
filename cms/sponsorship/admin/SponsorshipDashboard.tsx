import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser, Where } from 'payload'

import { SPONSOR_INQUIRIES } from '../../core/slugs'
import { isSponsorshipStaff } from '../../access'
import { dueTodayWhere, overdueWhere, sponsorshipDashboard } from '../dashboard'
import { whereQuery } from '../core/whereQuery'
import { adminStrings, adminDateTime, adminMoney } from '../../i18n'

const money = adminMoney
const when = (iso: string | null | undefined, language: string, noDate: string) =>
  adminDateTime(iso, language, noDate)

/**
 * On the admin dashboard, for sponsorship staff: open inquiries by state, replies overdue and due
 * today (each a link to the filtered list), and this year's committed value against the target.
 */
export const SponsorshipDashboard = async ({
  payload,
  user,
  i18n,
}: {
  payload: Payload
  user?: TypedUser | null
  i18n?: I18nClient
}) => {
  if (!isSponsorshipStaff(user)) return null
  const language = i18n?.language ?? 'en'
  const t = adminStrings(language).sponsorship
  const now = new Date()
  const data = await sponsorshipDashboard(payload, now)
  const list = `${payload.config.routes.admin}/collections/${SPONSOR_INQUIRIES}`
  const filtered = (where: Where) => `${list}?${whereQuery(where)}`
  const percent = data.committed.target
    ? Math.min(100, Math.round((data.committed.total / data.committed.target) * 100))
    : null
  return (
    <section
      className="review-queue sponsorship-dashboard"
      aria-labelledby="sponsorship-dashboard-title"
    >
      <h2 id="sponsorship-dashboard-title">{t.title}</h2>
      <div className="review-queue__list">
        <h3>{t.replies}</h3>
        <p>
          <a
            href={filtered(overdueWhere(now))}
            className={data.overdue.count ? 'sponsorship-dashboard__alert' : undefined}
          >
            {t.overdue(data.overdue.count)}
          </a>{' '}
          · <a href={filtered(dueTodayWhere(now))}>{t.dueToday(data.dueToday.count)}</a>
        </p>
        <ul>
          {[
            ...data.overdue.items.map((item) => ({ ...item, label: t.overdueSince })),
            ...data.dueToday.items.map((item) => ({ ...item, label: t.due })),
          ].map((item) => (
            <li key={item.id}>
              <a href={`${list}/${item.id}`}>{item.organisation}</a> ({item.label}{' '}
              {when(item.responseDueAt, language, t.noDate)})
            </li>
          ))}
        </ul>
      </div>
      <div className="review-queue__list">
        <h3>{t.open}</h3>
        <ul>
          {Object.entries(data.byState).map(([state, count]) => (
            <li key={state}>
              <a href={filtered({ state: { equals: state } })}>{state}</a>: {count}
            </li>
          ))}
        </ul>
      </div>
      <div className="review-queue__list">
        <h3>{t.committedIn(data.committed.year)}</h3>
        <p>
          {t.committed(money(data.committed.total, language), data.committed.agreements)}
          {data.committed.target ? t.ofTarget(money(data.committed.target, language)) : ''}
        </p>
        {percent !== null ? (
          <meter
            min={0}
            max={100}
            value={percent}
            aria-label={t.percentOfTarget(percent, data.committed.year)}
          >
            {percent}%
          </meter>
        ) : null}
      </div>
    </section>
  )
}
