import { readFile } from 'node:fs/promises'

import { closePayload, openPayload } from '../boot'
import { receiveEmail } from '../desk/inbound/receive'

/**
 * `npm run import:eml -- file.eml [more.eml…]`: each message goes to the desk as if it had arrived
 * by SMTP (a new case with its acknowledgement, a reply joining its case, automatic mail ignored).
 * Safe to run twice on the same files: a Message-ID already received is stored once.
 */
const files = process.argv.slice(2).filter((arg) => arg !== '--')
if (files.length === 0) {
  console.error('Name the .eml files to import: npm run import:eml -- message.eml')
  process.exit(2)
}
const payload = await openPayload()
let failed = 0
try {
  for (const [index, file] of files.entries()) {
    try {
      const outcome = await receiveEmail(payload, await readFile(file))
      console.log(
        `[${index + 1}/${files.length}] ${file}: ${outcome.kind}${
          outcome.kind === 'ignored'
            ? ` (${outcome.reason})`
            : outcome.reference
              ? ` ${outcome.reference}`
              : ''
        }`,
      )
    } catch (error) {
      failed += 1
      console.error(
        `[${index + 1}/${files.length}] ${file}: failed: ${error instanceof Error ? error.message : String(error)}`,
      )
    }
  }
  // The acknowledgements are queued; give the outbox a moment to hand them over before leaving.
  const { sendOutbox } = await import('../outbox/run')
  await sendOutbox(payload).catch(() => undefined)
} finally {
  await closePayload(payload)
}
if (failed) {
  console.error(
    `${failed} of ${files.length} could not be imported; fix what is named above and run again (imported ones are skipped).`,
  )
  process.exit(1)
}
