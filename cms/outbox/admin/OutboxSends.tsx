import type { I18nClient } from '@payloadcms/translations'
import type { Payload, Where } from 'payload'

import { DELIVERIES, SENDS } from '../../core/slugs'
import { formatDuration, sendProgress } from '../core/progress'
import { siteWaitLeft } from '../core/siteWait'
import { CHANNELS, type ChannelName } from '../core/types'
import { adminStrings } from '../../i18n'

type ChannelRow = {
  channel: ChannelName
  total: number
  retrying: number
  lastError: string | null
  progress: ReturnType<typeof sendProgress>
}

/**
 * On the dashboard: the latest sends, one line per channel that has recipients (email, push, SMS):
 * sent, failed, waiting for a retry, queued, rate and time left, and the last failure's reason, so
 * staff see at once that texts are retrying because the gateway is down while email went out.
 */
export const OutboxSends = async ({ payload, i18n }: { payload: Payload; i18n?: I18nClient }) => {
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
      const channels = await Promise.all(
        CHANNELS.map(async (channel): Promise<ChannelRow> => {
          const where = (...more: Where[]): Where => ({
            and: [{ send: { equals: send.id } }, { channel: { equals: channel } }, ...more],
          })
          const count = async (...more: Where[]) =>
            (
              await payload.count({
                collection: DELIVERIES,
                where: where(...more),
                overrideAccess: true,
              })
            ).totalDocs
          const [total, sent, failed, retrying, lastFailure] = await Promise.all([
            count(),
            count({ status: { equals: 'sent' } }),
            count({ status: { equals: 'failed' } }),
            count({ status: { equals: 'queued' } }, { attempts: { greater_than: 0 } }),
            payload.find({
              collection: DELIVERIES,
              where: where({ lastError: { exists: true } }, { status: { not_equals: 'sent' } }),
              sort: '-updatedAt',
              limit: 1,
              depth: 0,
              overrideAccess: true,
            }),
          ])
          return {
            channel,
            total,
            retrying,
            lastError: (lastFailure.docs[0]?.lastError as string | undefined) ?? null,
            progress: sendProgress(
              { total, sent, failed },
              new Date(String(send.startedAt ?? send.createdAt)),
              now,
            ),
          }
        }),
      )
      const reached = channels.filter((c) => c.total > 0)
      // A send waiting for its page (siteWait.ts): how long at most, instead of a time left.
      const waitSeconds = siteWaitLeft(send.waitsForSiteUntil, now)
      return { send, waitSeconds, channels: reached.length > 0 ? reached : channels.slice(0, 1) }
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
            <th scope="col">{t.channel}</th>
            <th scope="col">{t.sent}</th>
            <th scope="col">{t.failed}</th>
            <th scope="col">{t.retrying}</th>
            <th scope="col">{t.queued}</th>
            <th scope="col">{t.rate}</th>
            <th scope="col">{t.timeLeft}</th>
            <th scope="col">{t.lastError}</th>
          </tr>
        </thead>
        <tbody>
          {rows.flatMap(({ send, waitSeconds, channels }) =>
            channels.map(({ channel, progress, retrying, lastError }, index) => (
              <tr key={`${String(send.id)}-${channel}`}>
                {index === 0 && (
                  <th scope="rowgroup" rowSpan={channels.length}>
                    {String(send.itemTitle)}
                    {Number(send.priority) === 0 ? t.emergency : ''} ({String(send.topic)})
                  </th>
                )}
                <td>{t.channels[channel]}</td>
                <td>{t.of(progress.sent, progress.total)}</td>
                <td>{progress.failed}</td>
                <td>{retrying}</td>
                <td>{progress.queued}</td>
                <td>{progress.ratePerSecond ? `${progress.ratePerSecond.toFixed(0)}/s` : '–'}</td>
                <td>
                  {progress.queued === 0
                    ? t.done
                    : waitSeconds > 0
                      ? t.waitingForSite(waitSeconds)
                      : formatDuration(progress.etaSeconds)}
                </td>
                <td>{lastError ?? '–'}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </section>
  )
}
