import type { I18nClient } from '@payloadcms/translations'
import type { Payload } from 'payload'

import { isDeskStaff } from '../../access'
import type { Actor } from '../../access/core/roles'
import { localDate } from '../../core/businessDays'
import { deskAdminStrings } from '../../i18n'
import { CHART, chartBars } from '../core/chart'
import { languageName } from '../core/otherLanguage'
import { monthRange } from '../core/standards'
import { readRange } from '../../core/dateRange'
import { loadDepartmentOutcomes } from '../../servicerequests'
import { loadStandards } from '../standards'

const COLOURS = ['#0b3d91', '#00703c', '#b35c00', '#6f2da8', '#1b1b1b']

const asText = (value: unknown) =>
  typeof value === 'string' ? value : Array.isArray(value) ? String(value[0] ?? '') : ''

/**
 * On the dashboard, for the desk: the customer-service standards for a period (this month unless
 * chosen): an SVG chart of the share of first replies within the standard per month and channel,
 * the same figures as a table, and the CSV; beside them, 311's requests of the period by department
 * (on time, reopened, the reporters' survey). The period form works without JavaScript.
 */
export const DeskStandards = async ({
  payload,
  i18n,
  user,
  searchParams,
}: {
  payload: Payload
  i18n?: I18nClient
  user?: Actor
  searchParams?: Record<string, unknown>
}) => {
  if (!isDeskStaff(user)) return null
  const t = deskAdminStrings(i18n?.language)
  const lang = i18n?.language === 'fr' ? 'fr' : 'en'
  const fallback = monthRange(localDate(new Date()))
  const chosen = (): { from: string; to: string } => {
    try {
      return readRange(
        asText(searchParams?.deskFrom) || fallback.from,
        asText(searchParams?.deskTo) || fallback.to,
      )
    } catch {
      return fallback
    }
  }
  const range = chosen()
  const report = await loadStandards(payload, range)
  const requests311 = await loadDepartmentOutcomes(payload, range)
  const chart = chartBars(report.byChannel)
  const plotBottom = CHART.height - CHART.bottom
  const csv = `/api/correspondence/standards?from=${range.from}&to=${range.to}&format=csv`
  return (
    <section className="review-queue__list desk-standards" aria-labelledby="desk-standards-title">
      <h2 id="desk-standards-title">{t.report}</h2>
      <p>{t.reportIntro}</p>
      <form method="get" className="desk-standards__period">
        <label htmlFor="desk-from">{t.from}</label>{' '}
        <input id="desk-from" name="deskFrom" type="date" defaultValue={range.from} />{' '}
        <label htmlFor="desk-to">{t.to}</label>{' '}
        <input id="desk-to" name="deskTo" type="date" defaultValue={range.to} />{' '}
        <button type="submit" className="btn btn--style-secondary btn--size-small">
          {t.show}
        </button>{' '}
        <a href={csv} download>
          {t.csv}
        </a>
      </form>
      {report.total.received === 0 ? (
        <p>{t.noData}</p>
      ) : (
        <>
          <svg
            role="img"
            aria-labelledby="desk-chart-title desk-chart-desc"
            viewBox={`0 0 ${CHART.width} ${CHART.height}`}
            width="100%"
            style={{ maxWidth: CHART.width }}
          >
            <title id="desk-chart-title">{t.chartTitle}</title>
            <desc id="desk-chart-desc">
              {chart.bars.map((b) => `${b.month} ${b.channel}: ${b.percent ?? '-'}%`).join('; ')}
            </desc>
            {[0, 50, 100].map((tick) => {
              const y = CHART.top + ((100 - tick) / 100) * (plotBottom - CHART.top)
              return (
                <g key={tick}>
                  <line
                    x1={CHART.left}
                    x2={CHART.width - CHART.right}
                    y1={y}
                    y2={y}
                    stroke="#767676"
                    strokeWidth={tick === 0 ? 1 : 0.5}
                  />
                  <text x={CHART.left - 4} y={y + 4} textAnchor="end" fontSize="11" fill="#1b1b1b">
                    {tick}%
                  </text>
                </g>
              )
            })}
            {chart.bars.map((b) => (
              <rect
                key={`${b.month}-${b.channel}`}
                x={b.x}
                y={b.y}
                width={b.width}
                height={b.height}
                fill={COLOURS[(chart.channels as string[]).indexOf(b.channel) % COLOURS.length]}
              />
            ))}
            {chart.months.map((m) => (
              <text
                key={m.month}
                x={m.x}
                y={plotBottom + 16}
                textAnchor="middle"
                fontSize="11"
                fill="#1b1b1b"
              >
                {m.month}
              </text>
            ))}
            {chart.channels.map((channel, index) => (
              <g key={channel}>
                <rect
                  x={CHART.left + index * 90}
                  y={CHART.height - 14}
                  width={10}
                  height={10}
                  fill={COLOURS[index % COLOURS.length]}
                />
                <text
                  x={CHART.left + index * 90 + 14}
                  y={CHART.height - 5}
                  fontSize="11"
                  fill="#1b1b1b"
                >
                  {channel}
                </text>
              </g>
            ))}
          </svg>
          <table>
            <caption>
              {t.report} ({range.from} – {range.to})
            </caption>
            <thead>
              <tr>
                <th scope="col">{t.month}</th>
                <th scope="col">{t.channel}</th>
                <th scope="col">{t.received}</th>
                <th scope="col">{t.met}</th>
                <th scope="col">{t.missed}</th>
                <th scope="col">{t.pending}</th>
                <th scope="col">{t.percent}</th>
                <th scope="col">{t.median}</th>
                <th scope="col">{t.satisfaction}</th>
              </tr>
            </thead>
            <tbody>
              {[...report.byChannel, report.total].map((row) => (
                <tr key={`${row.month}-${row.channel}`}>
                  <th scope="row">{row.month === 'all' ? t.total : row.month}</th>
                  <td>{row.channel === 'all' ? t.total : row.channel}</td>
                  <td>{row.received}</td>
                  <td>{row.met}</td>
                  <td>{row.missed}</td>
                  <td>{row.pending}</td>
                  <td>{row.percentMet === null ? '–' : `${row.percentMet}%`}</td>
                  <td>{row.medianHoursToFirstReply ?? '–'}</td>
                  <td>{row.satisfactionAverage ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {requests311.length > 0 && (
        <table>
          <caption>
            {t.requests311} ({range.from} – {range.to})
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.department}</th>
              <th scope="col">{t.received}</th>
              <th scope="col">{t.closed311}</th>
              <th scope="col">{t.closedOnTime}</th>
              <th scope="col">{t.reopens}</th>
              <th scope="col">{t.satisfaction}</th>
            </tr>
          </thead>
          <tbody>
            {requests311.map((d) => (
              <tr key={d.department}>
                <th scope="row">{d.department}</th>
                <td>{d.requests}</td>
                <td>{d.closed}</td>
                <td>{d.withinTarget === null ? '–' : `${d.withinTarget}%`}</td>
                <td>
                  {d.reopens}
                  {d.reopenRate === null ? '' : ` (${d.reopenRate}%)`}
                </td>
                <td>
                  {d.surveyAverage === null ? '–' : `${d.surveyAverage} (${d.surveyAnswers})`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        {t.beyondFirst(
          report.total.percentNextReplyMet,
          report.total.percentResolvedMet,
          report.total.nextRepliesMissed,
        )}
      </p>
      {report.otherLanguages.length ? (
        <p>
          {t.otherLanguages}{' '}
          {report.otherLanguages
            .map((l) => `${languageName(l.language, lang)} ${l.cases}`)
            .join(', ')}
        </p>
      ) : null}
    </section>
  )
}
