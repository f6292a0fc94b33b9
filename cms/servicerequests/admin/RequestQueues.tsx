import type { I18nClient } from '@payloadcms/translations'
import type { Payload, Where } from 'payload'

import { isStaff, type Actor } from '../../access/core/roles'
import { departmentOf } from '../../access'
import { localDate } from '../../core/businessDays'
import { REQUEST_PHOTOS, SERVICE_REQUESTS, SERVICE_TYPES } from '../../core/slugs'
import { requestsAdminStrings } from '../../i18n'
import type { Outcomes } from '../core/trends'
import { loadTrends } from '../trends'

const WEEKS = 12
const CHART = { width: 640, height: 200, top: 12, bottom: 36, left: 36, right: 8 }

/** A list link with Payload's `where` query: `[['status', 'equals', 'open'], …]`. */
const listLink = (conditions: [string, string, string][]) =>
  `/admin/collections/${SERVICE_REQUESTS}?${conditions
    .map(
      ([field, op, value], i) => `where[and][${i}][${field}][${op}]=${encodeURIComponent(value)}`,
    )
    .join('&')}`

type Words = ReturnType<typeof requestsAdminStrings>

/** The outcome columns every table of the trends shares (services, wards, departments). */
const OutcomeHeads = ({ t }: { t: Words }) => (
  <>
    <th scope="col">{t.requests}</th>
    <th scope="col">{t.closed}</th>
    <th scope="col">{t.withinTarget}</th>
    <th scope="col">{t.medianDays}</th>
    <th scope="col">{t.reopens}</th>
    <th scope="col">{t.reopenRate}</th>
    <th scope="col">{t.survey}</th>
  </>
)

const OutcomeCells = ({ o }: { o: Outcomes }) => (
  <>
    <td>{o.requests}</td>
    <td>{o.closed}</td>
    <td>{o.withinTarget === null ? '—' : `${o.withinTarget} %`}</td>
    <td>{o.medianDaysToClose ?? '—'}</td>
    <td>{o.reopens}</td>
    <td>{o.reopenRate ?? '—'}</td>
    <td>{o.surveyAverage === null ? '—' : `${o.surveyAverage} (${o.surveyAnswers})`}</td>
  </>
)

/**
 * On the dashboard, for staff: the 311 queues (mine, my department's, overdue, all open, each a
 * filtered list) and the last twelve weeks' trends as a chart with the same figures in tables (by
 * service, the equity view by ward, by department), the CSV, the open data and the public map.
 */
export const RequestQueues = async ({
  payload,
  i18n,
  user,
}: {
  payload: Payload
  i18n?: I18nClient
  user?: Actor
}) => {
  if (!user || !isStaff(user)) return null
  const t = requestsAdminStrings(i18n?.language)
  const now = new Date()
  const count = async (where: Where) =>
    (
      await payload.count({
        collection: SERVICE_REQUESTS,
        where,
        user,
        overrideAccess: false,
      })
    ).totalDocs
  const open: [string, string, string] = ['status', 'equals', 'open']
  const department = departmentOf(user)
  const queues: { label: string; n: number; href: string }[] = [
    {
      label: t.myQueue,
      n: await count({ and: [{ status: { equals: 'open' } }, { assignee: { equals: user.id } }] }),
      href: listLink([open, ['assignee', 'equals', String(user.id)]]),
    },
    ...(department !== null
      ? [
          {
            label: t.departmentQueue,
            n: await count({
              and: [{ status: { equals: 'open' } }, { department: { equals: department } }],
            }),
            href: listLink([open, ['department', 'equals', String(department)]]),
          },
        ]
      : []),
    {
      label: t.overdue,
      n: await count({
        and: [{ status: { equals: 'open' } }, { expectedAt: { less_than: now.toISOString() } }],
      }),
      href: listLink([open, ['expectedAt', 'less_than', now.toISOString()]]),
    },
    { label: t.allOpen, n: await count({ status: { equals: 'open' } }), href: listLink([open]) },
  ]
  // Photos wait for a person to look at them: nothing of them is public until then.
  const photosToReview = (
    await payload.count({
      collection: REQUEST_PHOTOS,
      where: { review: { equals: 'pending' } },
      user,
      overrideAccess: false,
    })
  ).totalDocs
  const to = localDate(now)
  const from = localDate(new Date(now.getTime() - (WEEKS * 7 - 1) * 86_400_000))
  const trends = await loadTrends(payload, { from, to })
  const most = Math.max(1, ...trends.byWeek.map((w) => w.requests))
  const plotWidth = CHART.width - CHART.left - CHART.right
  const plotHeight = CHART.height - CHART.top - CHART.bottom
  const slot = plotWidth / Math.max(1, trends.byWeek.length)
  const services = new Map(
    (
      await payload.find({
        collection: SERVICE_TYPES,
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
    ).docs.map((s) => [s.code, i18n?.language === 'fr' ? s.nameFr : s.name]),
  )
  return (
    <section className="review-queue__list" aria-labelledby="requests-311-title">
      <h2 id="requests-311-title">{t.queuesTitle}</h2>
      <ul>
        {queues.map((q) => (
          <li key={q.label}>
            <a href={q.href}>{q.label}</a>: {t.openCount(q.n)}
          </li>
        ))}
        <li>
          <a href={`/admin/collections/${REQUEST_PHOTOS}?where[review][equals]=pending`}>
            {t.photosToReview}
          </a>
          : {photosToReview}
        </li>
      </ul>
      <h3>{t.trendsTitle}</h3>
      <p>{t.trendsIntro}</p>
      <svg
        viewBox={`0 0 ${CHART.width} ${CHART.height}`}
        role="img"
        aria-label={t.trendsTitle}
        style={{ maxWidth: '100%', height: 'auto' }}
      >
        <line
          x1={CHART.left}
          x2={CHART.width - CHART.right}
          y1={CHART.height - CHART.bottom}
          y2={CHART.height - CHART.bottom}
          stroke="currentColor"
        />
        {trends.byWeek.map((w, i) => {
          const h = (w.requests / most) * plotHeight
          return (
            <g key={w.week}>
              <rect
                x={CHART.left + i * slot + slot * 0.15}
                y={CHART.height - CHART.bottom - h}
                width={slot * 0.7}
                height={h}
                fill="#0b3d91"
              />
              <text
                x={CHART.left + i * slot + slot / 2}
                y={CHART.height - CHART.bottom + 14}
                fontSize="10"
                textAnchor="middle"
                fill="currentColor"
              >
                {w.week.slice(5)}
              </text>
            </g>
          )
        })}
      </svg>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.week}</th>
            <th scope="col">{t.requests}</th>
          </tr>
        </thead>
        <tbody>
          {trends.byWeek.map((w) => (
            <tr key={w.week}>
              <th scope="row">{w.week}</th>
              <td>{w.requests}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.service}</th>
            <OutcomeHeads t={t} />
          </tr>
        </thead>
        <tbody>
          {trends.byService.map((s) => (
            <tr key={s.serviceCode}>
              <th scope="row">{services.get(s.serviceCode) ?? s.serviceCode}</th>
              <OutcomeCells o={s} />
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t.equityTitle}</h3>
      <p>{t.equityIntro}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.ward}</th>
            <th scope="col">{t.addresses}</th>
            <th scope="col">{t.perThousand}</th>
            <OutcomeHeads t={t} />
          </tr>
        </thead>
        <tbody>
          {trends.byWard.map((w) => (
            <tr key={w.ward}>
              <th scope="row">{w.ward}</th>
              <td>{w.addresses ?? '—'}</td>
              <td>{w.perThousandAddresses ?? '—'}</td>
              <OutcomeCells o={w} />
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>{t.departmentsTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{t.department}</th>
            <OutcomeHeads t={t} />
          </tr>
        </thead>
        <tbody>
          {trends.byDepartment.map((d) => (
            <tr key={d.department}>
              <th scope="row">{d.department}</th>
              <OutcomeCells o={d} />
            </tr>
          ))}
        </tbody>
      </table>
      {trends.repeatLocations.length > 0 && (
        <table>
          <caption>{t.repeat}</caption>
          <thead>
            <tr>
              <th scope="col">{t.location}</th>
              <th scope="col">{t.service}</th>
              <th scope="col">{t.requests}</th>
            </tr>
          </thead>
          <tbody>
            {trends.repeatLocations.slice(0, 10).map((r) => (
              <tr key={`${r.serviceCode}|${r.location}`}>
                <th scope="row">{r.location}</th>
                <td>{services.get(r.serviceCode) ?? r.serviceCode}</td>
                <td>{r.requests}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <a href={`/api/${SERVICE_REQUESTS}/trends?from=${from}&to=${to}&format=csv`}>{t.csv}</a>
        {' · '}
        <a href={`/api/${SERVICE_REQUESTS}/open-data.csv`}>{t.openData}</a>
        {' · '}
        <a href={`/api/${SERVICE_REQUESTS}/open-data-wards.csv`}>{t.wardsOpenData}</a>
        {' · '}
        <a href={`/api/${SERVICE_REQUESTS}/map${i18n?.language === 'fr' ? '?lang=fr' : ''}`}>
          {t.map}
        </a>
      </p>
    </section>
  )
}
