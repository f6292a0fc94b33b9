import type { Payload } from 'payload'

import { DELIVERIES, SENDS } from '../../core/slugs'
import { formatDuration, sendProgress } from '../core/progress'

/** On the dashboard: email sends in progress (queued, sent, failed, rate, time left) and the last few done. */
export const EmailSends = async ({ payload }: { payload: Payload }) => {
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
      <h2 id="email-sends-title">Email sends</h2>
      <table>
        <caption className="sr-only">The five most recent sends</caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Topic</th>
            <th scope="col">Sent</th>
            <th scope="col">Failed</th>
            <th scope="col">Queued</th>
            <th scope="col">Rate</th>
            <th scope="col">Time left</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ send, progress }) => (
            <tr key={String(send.id)}>
              <td>
                {String(send.itemTitle)}
                {Number(send.priority) === 0 ? ' (emergency)' : ''}
              </td>
              <td>{String(send.topic)}</td>
              <td>
                {progress.sent} of {progress.total}
              </td>
              <td>{progress.failed}</td>
              <td>{progress.queued}</td>
              <td>{progress.ratePerSecond ? `${progress.ratePerSecond.toFixed(0)}/s` : '–'}</td>
              <td>{send.status === 'done' ? 'done' : formatDuration(progress.etaSeconds)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
