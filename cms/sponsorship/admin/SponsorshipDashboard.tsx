import type { Payload, TypedUser, Where } from 'payload'

import { SPONSOR_INQUIRIES } from '../../core/slugs'
import { isSponsorshipStaff } from '../../access/sponsorship'
import { dueTodayWhere, overdueWhere, sponsorshipDashboard } from '../dashboard'
import { whereQuery } from '../core/whereQuery'

const money = (n: number) => `$${n.toLocaleString('en-CA')}`
const when = (iso: string | null | undefined) =>
  iso
    ? new Date(iso).toLocaleString('en-CA', {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: 'America/Toronto',
      })
    : 'no date'

/**
 * On the admin dashboard, for sponsorship staff: open inquiries by state, replies overdue and due today
 * (each a link to the filtered list), and this year's committed value against the target.
 */
export const SponsorshipDashboard = async ({
  payload,
  user,
}: {
  payload: Payload
  user?: TypedUser | null
}) => {
  if (!isSponsorshipStaff(user)) return null
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
      <h2 id="sponsorship-dashboard-title">Sponsorship</h2>
      <div className="review-queue__list">
        <h3>Replies</h3>
        <p>
          <a
            href={filtered(overdueWhere(now))}
            className={data.overdue.count ? 'sponsorship-dashboard__alert' : undefined}
          >
            {data.overdue.count} overdue
          </a>{' '}
          · <a href={filtered(dueTodayWhere(now))}>{data.dueToday.count} due today</a>
        </p>
        <ul>
          {[
            ...data.overdue.items.map((item) => ({ ...item, label: 'overdue since' })),
            ...data.dueToday.items.map((item) => ({ ...item, label: 'due' })),
          ].map((item) => (
            <li key={item.id}>
              <a href={`${list}/${item.id}`}>{item.organisation}</a> ({item.label}{' '}
              {when(item.responseDueAt)})
            </li>
          ))}
        </ul>
      </div>
      <div className="review-queue__list">
        <h3>Open inquiries</h3>
        <ul>
          {Object.entries(data.byState).map(([state, count]) => (
            <li key={state}>
              <a href={filtered({ state: { equals: state } })}>{state}</a>: {count}
            </li>
          ))}
        </ul>
      </div>
      <div className="review-queue__list">
        <h3>Committed in {data.committed.year}</h3>
        <p>
          {money(data.committed.total)} from {data.committed.agreements} agreement
          {data.committed.agreements === 1 ? '' : 's'}
          {data.committed.target ? ` of a ${money(data.committed.target)} target` : ''}
        </p>
        {percent !== null ? (
          <meter
            min={0}
            max={100}
            value={percent}
            aria-label={`${percent}% of the ${data.committed.year} target`}
          >
            {percent}%
          </meter>
        ) : null}
      </div>
    </section>
  )
}
