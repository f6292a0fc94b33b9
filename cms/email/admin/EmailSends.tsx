import type { I18nClient } from '@payloadcms/translations'
import type { Payload } from 'payload'

import { DELIVERIES, SENDS } from '../../core/slugs'
import { formatDuration, sendProgress } from '../core/progress'
import { adminStrings } from '../../i18n'

/** On the dashboard: email sends in progress (queued, sent, failed, rate, time left) and the last few done. */
export const EmailSends = async ({ payload, i18n }: { payload: Payload; i18n?: I18nClient }) => {
  const t = adminStrings(i18n?.language).emailSends
  const { docs } = await payload.find({
    collection: SENDS,
    sort: '-createdAt',
    limit: 5,
    depth: 0,
    overrideAccess: true,
  })
  if (docs.length === 0) return null
  const now = new Date()
  const rows = await Promise.all(
    docs.map(async (send) => {
      const count = async (status: string) =>
        (
          await payload.count({
            collection: DELIVERIES,
            where: { and: [{ send: { equals: send.id } }, { status: { equals: status } }] },
            overrideAccess: true,
          })
        ).totalDocs
      const [sent, failed] = await Promise.all([count('sent'), count('failed')])
      return {
        send,
        progress: sendProgress(
          { total: Number(send.total ?? 0), sent, failed },
          new Date(String(send.startedAt ?? send.createdAt)),
          now,
        ),
      }
    }),
  )
  return (
    <section className="review-queue__list email-sends" aria-labelledby="email-sends-title">
      <h2 id="email-sends-title">{t.title}</h2>
      <table>
        <caption className="sr-only">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.item}</th>
            <th scope="col">{t.topic}</th>
            <th scope="col">{t.sent}</th>
            <th scope="col">{t.failed}</th>
            <th scope="col">{t.queued}</th>
            <th scope="col">{t.rate}</th>
            <th scope="col">{t.timeLeft}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ send, progress }) => (
            <tr key={String(send.id)}>
              <td>
                {String(send.itemTitle)}
                {Number(send.priority) === 0 ? t.emergency : ''}
              </td>
              <td>{String(send.topic)}</td>
              <td>{t.of(progress.sent, progress.total)}</td>
              <td>{progress.failed}</td>
              <td>{progress.queued}</td>
              <td>{progress.ratePerSecond ? `${progress.ratePerSecond.toFixed(0)}/s` : '–'}</td>
              <td>{send.status === 'done' ? t.done : formatDuration(progress.etaSeconds)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
