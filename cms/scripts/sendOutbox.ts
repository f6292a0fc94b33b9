import { closePayload, openPayload } from '../boot'
import { sendOutbox } from '../outbox/run'
import { outboxBacklog } from '../outbox/status'
import { closeOutboxTransporter } from '../email/transport'

/**
 * `npm run outbox`: sends everything queued now, then exits (the CMS server's jobs queue does the
 * same every 2 s). Safe beside a running CMS or another `npm run outbox`: claims are exclusive.
 * Rows held by another worker are waited for (and taken over if that worker died and its lease
 * expires), so on exit nothing is queued and due, and nothing is in flight.
 */
const payload = await openPayload()
const started = Date.now()
let total = 0
for (;;) {
  const report = await sendOutbox(payload, { budgetMs: 60_000 })
  total += report.sent
  if (report.sent + report.retried + report.failed + report.skipped > 0) {
    console.log(
      `sent ${report.sent}, retrying ${report.retried}, failed ${report.failed}, skipped ${report.skipped}`,
    )
  }
  const { due, inFlight, later } = await outboxBacklog(payload)
  if (due === 0 && inFlight === 0) {
    console.log(
      `Outbox drained: ${total} sent by this worker in ${((Date.now() - started) / 1000).toFixed(1)} s; ${later} waiting for a later retry.`,
    )
    break
  }
  // Others hold what is left (rows in flight, or the texts' lease): wait for them, or for their
  // leases to expire.
  const idle = report.sent + report.retried + report.failed + report.skipped === 0
  if (due === 0 || idle) await new Promise((resolve) => setTimeout(resolve, due === 0 ? 500 : 200))
}
closeOutboxTransporter()
await closePayload(payload)
process.exit(0)
