import type { Socket } from 'node:net'

import nodemailer, { type Transporter } from 'nodemailer'
import { parseConnectionUrl } from 'nodemailer/lib/shared/index.js'

import type { Settings } from '../settings'
import { fileTransport } from './fileTransport'

/**
 * SMTP connections kept open and reused: one per message managed 9–320 msg/s on these machines, a
 * pool of 5 about 820 (`npm run bench`). One transporter per process; without SMTP_URL, .eml files.
 */
const POOL_CONNECTIONS = 5

let shared: { key: string; transporter: Transporter } | null = null

/** nodemailer options for SMTP_URL, pooled; shared by the outbox and its benchmark. */
export const smtpOptions = (smtpUrl: string, maxConnections = POOL_CONNECTIONS) => ({
  // nodemailer ignores every other option when given `url`: parse it and add ours.
  ...parseConnectionUrl(smtpUrl),
  pool: true,
  maxConnections,
  maxMessages: Infinity,
  // A stuck server must not hold the outbox for long: these fail the attempt, which costs the
  // message nothing (the server's fault, see cms/outbox/core/gatewayHealth.ts), and a probe tries
  // again 5 s later.
  connectionTimeout: 10_000,
  greetingTimeout: 10_000,
  socketTimeout: 30_000,
})

type PoolInternals = { transporter?: { _connections?: { connection?: { _socket?: Socket } }[] } }

/**
 * Nagle's algorithm held the last packet of each message until the server's delayed ACK (40 ms):
 * 107 messages/s over 5 connections here, about 2,500 with it off (`npm run bench`). nodemailer
 * never turns it off, and its one hook for sockets (`getSocket`, an already-open connection) wedges
 * the pool for good when a connection closes before its handshake ends, as when the mail server
 * restarts. So the pool keeps opening its own sockets, and before each message the ones it holds
 * get Nagle off. This reads nodemailer's internals: if they change, nothing breaks and the
 * benchmark shows it.
 */
const noDelayOnPool = (transporter: Transporter) => {
  // eslint-disable-next-line no-restricted-syntax -- nodemailer's private sockets (see above)
  for (const resource of (transporter as unknown as PoolInternals).transporter?._connections ?? [])
    resource.connection?._socket?.setNoDelay?.(true)
}

/** A pooled SMTP transporter with Nagle off on its connections. */
export const pooledSmtp = (smtpUrl: string, maxConnections = POOL_CONNECTIONS): Transporter => {
  const transporter = nodemailer.createTransport(smtpOptions(smtpUrl, maxConnections))
  const send = transporter.sendMail.bind(transporter)
  transporter.sendMail = ((mail: Parameters<typeof send>[0]) => {
    noDelayOnPool(transporter)
    return send(mail)
  }) as typeof transporter.sendMail
  return transporter
}

export const outboxTransporter = (
  settings: Pick<Settings, 'smtpUrl' | 'outboxDir'>,
): Transporter => {
  const key = settings.smtpUrl ?? `file:${settings.outboxDir}`
  if (shared?.key === key) return shared.transporter
  shared?.transporter.close()
  const transporter = settings.smtpUrl
    ? pooledSmtp(settings.smtpUrl)
    : nodemailer.createTransport(fileTransport(settings.outboxDir))
  shared = { key, transporter }
  return transporter
}

export const closeOutboxTransporter = () => {
  shared?.transporter.close()
  shared = null
}
