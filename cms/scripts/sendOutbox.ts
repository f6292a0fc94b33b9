import { DELIVERIES } from '../../collections/slugs'
import { openPayload } from '../boot'
import { sendOutbox } from '../email/outbox/run'
import { closeOutboxTransporter } from '../email/outbox/transport'

/**
 * `npm run outbox`: sends everything queued now, then exits (the CMS server's jobs queue does the same
 * every 2 s). Useful to drain the outbox from a shell, and how the crash test runs a worker it can kill.
 */
const payload = await openPayload()
const started = Date.now()
let total = 0
for (;;) {
  const report = await sendOutbox(payload, { budgetMs: 60_000 })
  total += report.sent
  console.log(`sent ${report.sent}, retrying ${report.retried}, failed ${report.failed}, skipped ${report.skipped}${report.requeued ? `, recovered ${report.requeued} interrupted` : ''}`)
  const { totalDocs } = await payload.count({ collection: DELIVERIES, where: { status: { in: ['queued', 'sending'] } }, overrideAccess: true })
  const due = await payload.count({ collection: DELIVERIES, where: { and: [{ status: { equals: 'queued' } }, { nextAttemptAt: { less_than_equal: new Date().toISOString() } }] }, overrideAccess: true })
  if (totalDocs === 0 || due.totalDocs === 0) {
    console.log(`Outbox drained: ${total} sent in ${((Date.now() - started) / 1000).toFixed(1)} s; ${totalDocs} waiting for a later retry.`)
    break
  }
}
closeOutboxTransporter()
await payload.destroy()
process.exit(0)
