import nodemailer, { type Transporter } from 'nodemailer'
import { parseConnectionUrl } from 'nodemailer/lib/shared/index.js'

import type { Settings } from '../../settings'
import { fileTransport } from '../fileTransport'

/**
 * SMTP connections kept open and reused: one per message managed 9–320 msg/s on these machines, a
 * pool of 5 about 820 (STACK.md). One transporter per process; without SMTP_URL, .eml files.
 */
export const POOL_CONNECTIONS = 5

let shared: { key: string; transporter: Transporter } | null = null

export const outboxTransporter = (settings: Pick<Settings, 'smtpUrl' | 'outboxDir'>): Transporter => {
  const key = settings.smtpUrl ?? `file:${settings.outboxDir}`
  if (shared?.key === key) return shared.transporter
  shared?.transporter.close()
  const transporter = settings.smtpUrl
    ? nodemailer.createTransport({
        // nodemailer ignores every other option when given `url`: parse it and add ours.
        ...parseConnectionUrl(settings.smtpUrl),
        pool: true,
        maxConnections: POOL_CONNECTIONS,
        maxMessages: Infinity,
        // A stuck server must not hold a delivery for long: these fail the attempt, which is retried.
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      } as never)
    : nodemailer.createTransport(fileTransport(settings.outboxDir))
  shared = { key, transporter }
  return transporter
}

export const closeOutboxTransporter = () => {
  shared?.transporter.close()
  shared = null
}
