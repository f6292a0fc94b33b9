import nodemailer from 'nodemailer'
import type { Payload } from 'payload'

import { createInboundServer } from '../../cms/desk/inbound/listener'
import { currentSettings } from '../../cms/settings'

/**
 * The desk's inbound SMTP listener on a free loopback port, as the process under test would run it,
 * with a mailer that talks to it (plain SMTP, as the City's mail system would) and a close.
 */
export const startInbound = async (payload: Payload) => {
  const server = createInboundServer(payload, currentSettings().inbound)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    port,
    mailer: (options: { pool?: boolean } = {}) =>
      nodemailer.createTransport({
        host: '127.0.0.1',
        port,
        secure: false,
        ignoreTLS: true,
        ...(options.pool ? { pool: true, maxConnections: 1 } : {}),
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
