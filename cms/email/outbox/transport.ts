import { connect, type Socket } from 'node:net'

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

/**
 * Opens the TCP connection for nodemailer's pool with Nagle off (the pool only accepts an opened
 * `connection`; nodemailer then runs SMTP, and TLS for smtps, over it).
 */
export const noDelaySocket = (options: { host?: string; port?: number }, callback: (error: Error | null, socketOptions?: { connection: Socket }) => void) => {
  const socket = connect({ host: options.host ?? 'localhost', port: Number(options.port ?? 25) })
  socket.setNoDelay(true)
  socket.setKeepAlive(true)
  const fail = (error: Error) => callback(error)
  socket.once('error', fail)
  socket.once('connect', () => {
    socket.off('error', fail)
    callback(null, { connection: socket })
  })
}

/** nodemailer options for SMTP_URL with the pool and Nagle off; shared by the outbox and Payload's mail. */
export const smtpOptions = (smtpUrl: string, maxConnections = POOL_CONNECTIONS) => ({
  // nodemailer ignores every other option when given `url`: parse it and add ours.
  ...parseConnectionUrl(smtpUrl),
  pool: true,
  maxConnections,
  maxMessages: Infinity,
  // Nagle's algorithm held the last packet of each message until the server's delayed ACK (40 ms):
  // 113 messages/s over 5 connections here, 2,600 with it off. nodemailer never turns it off.
  getSocket: noDelaySocket,
  // A stuck server must not hold a delivery for long: these fail the attempt, which is retried.
  connectionTimeout: 10_000,
  greetingTimeout: 10_000,
  socketTimeout: 30_000,
})

export const outboxTransporter = (settings: Pick<Settings, 'smtpUrl' | 'outboxDir'>): Transporter => {
  const key = settings.smtpUrl ?? `file:${settings.outboxDir}`
  if (shared?.key === key) return shared.transporter
  shared?.transporter.close()
  const transporter = settings.smtpUrl
    ? nodemailer.createTransport(smtpOptions(settings.smtpUrl) as never)
    : nodemailer.createTransport(fileTransport(settings.outboxDir))
  shared = { key, transporter }
  return transporter
}

export const closeOutboxTransporter = () => {
  shared?.transporter.close()
  shared = null
}
