import { randomUUID } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Transport, TransportOptions } from 'nodemailer'
import type MailMessage from 'nodemailer/lib/mailer/mail-message'

type SentInfo = { envelope: unknown; messageId: string; file: string }

/**
 * Without SMTP_URL every email becomes an .eml file under the outbox folder (open it in any mail
 * program), so nothing outside production can email a real person by accident.
 */
export const fileTransport = (outboxDir: string): Transport<SentInfo> & TransportOptions => ({
  name: 'civic-comms-file',
  version: '1',
  send(mail: MailMessage<SentInfo>, callback: (err: Error | null, info: SentInfo) => void): void {
    // A failure carries no info (nodemailer's own transports do the same); its types ask for one
    // anyway.
    const fail = callback as (err: Error) => void
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    const file = path.join(outboxDir, `${stamp}-${randomUUID()}.eml`)
    mail.message.build((buildError, message) => {
      if (buildError) return fail(buildError)
      mkdir(outboxDir, { recursive: true })
        .then(() => writeFile(file, message))
        .then(() =>
          callback(null, {
            envelope: mail.message.getEnvelope(),
            messageId: mail.message.messageId(),
            file,
          }),
        )
        .catch((error: Error) => fail(error))
    })
  },
})
