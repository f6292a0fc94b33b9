import { SMTPServer, type SMTPServerDataStream } from 'smtp-server'
import type { Payload } from 'payload'

import { databaseLimiter } from '../../coordination'
import type { InboundSettings } from '../../settings'
import { MailRefused, receiveEmail } from './receive'

/** A message larger than this is refused at the door (552), before it is read. */
const MAX_MESSAGE_BYTES = 30 * 1024 * 1024
/** Connections at once, and messages in one connection: a flood is slowed at the door. */
const MAX_CLIENTS = 20
const MESSAGES_PER_CONNECTION = 20
/**
 * Messages from one envelope sender an hour, across processes: a person writes a few; a forged
 * sender's flood is told to come back later (450) instead of opening case after case.
 */
const perSender = databaseLimiter('inbound-sender', { max: 20, windowMs: 60 * 60 * 1000 })

type SmtpError = Error & { responseCode?: number }

const smtpError = (message: string, responseCode: number): SmtpError =>
  Object.assign(new Error(message), { responseCode })

const readAll = (stream: SMTPServerDataStream) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = []
    stream.on('data', (chunk: Buffer) => chunks.push(chunk))
    stream.on('end', () => resolve(Buffer.concat(chunks)))
    stream.on('error', reject)
  })

/**
 * The desk's inbound mail: an SMTP listener (the City's mail system forwards `INBOUND_ADDRESS`
 * here) that accepts mail for the desk's addresses only and answers 250 once the message is stored.
 * If the database cannot take it, the answer is 451 (try again later) and the sending server keeps
 * the message and retries: nothing is lost, and nothing is stored twice (the Message-ID is
 * checked). A message that can never be read answers 554, and leaves nothing behind.
 */
export const createInboundServer = (
  payload: Payload,
  inbound: InboundSettings,
  log: (line: string) => void = () => undefined,
) => {
  const accepted = new Set([inbound.address, inbound.address311])
  return new SMTPServer({
    name: inbound.domain,
    banner: 'City customer service',
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: MAX_MESSAGE_BYTES,
    logger: false,
    maxClients: MAX_CLIENTS,
    onMailFrom(address, session, callback) {
      if (session.transaction > MESSAGES_PER_CONNECTION)
        return callback(smtpError('Too many messages in one connection; reconnect.', 421))
      // The null sender (bounces) is taken, then dropped unanswered: refusing it would bounce back.
      const sender = address.address.toLowerCase()
      if (!sender) return callback()
      perSender.take(payload, sender).then(
        (allowed) =>
          callback(
            allowed
              ? undefined
              : smtpError(`Too many messages from ${sender} this hour; try later.`, 450),
          ),
        () => callback(smtpError('Temporary problem; try again later.', 451)),
      )
    },
    onRcptTo(address, _session, callback) {
      if (!accepted.has(address.address.toLowerCase()))
        return callback(smtpError(`No mailbox here for ${address.address}.`, 550))
      callback()
    },
    onData(stream, session, callback) {
      void readAll(stream)
        .then(async (raw) => {
          if ((stream as { sizeExceeded?: boolean }).sizeExceeded)
            return callback(smtpError('The message is too large.', 552))
          const to = session.envelope.rcptTo.map((r) => r.address)
          const mailFrom = session.envelope.mailFrom
          const from = mailFrom ? mailFrom.address : undefined
          const outcome = await receiveEmail(payload, raw, { to, from })
          log(
            outcome.kind === 'ignored'
              ? `Inbound mail ignored (${outcome.reason}).`
              : `Inbound mail ${outcome.kind}${outcome.reference ? ` ${outcome.reference}` : ''}.`,
          )
          callback()
        })
        .catch((error: unknown) => {
          // The message's own fault: the same at every retry, so the sender is told for good.
          if (error instanceof MailRefused) {
            log(`Inbound mail refused (${error.message}).`)
            return callback(smtpError(error.message, 554))
          }
          payload.logger.error({
            err: error,
            msg: 'Inbound mail could not be stored; the sender will retry.',
          })
          callback(smtpError('Temporary problem storing the message; try again later.', 451))
        })
    },
  })
}

/**
 * Listens on `inbound.smtpPort`; answers the server, or null when the port is taken (another
 * process on this machine listens).
 */
export const listenForInboundMail = async (
  payload: Payload,
  inbound: InboundSettings,
  log: (line: string) => void,
) => {
  if (inbound.smtpPort === null) return null
  const server = createInboundServer(payload, inbound, log)
  return new Promise<SMTPServer | null>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        log(
          `INBOUND_SMTP_PORT ${inbound.smtpPort} is in use (another process on this machine receives the desk's mail); this one does not.`,
        )
        resolve(null)
      } else reject(error)
    })
    server.listen(inbound.smtpPort!, () => resolve(server))
  })
}
