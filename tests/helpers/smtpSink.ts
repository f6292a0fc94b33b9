import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type Received = { to: string[]; raw: string; parsed: ParsedMail; at: number }
/** Decides, per recipient, whether the sink refuses it now: null to accept, or an SMTP code. */
export type Fault = (recipient: string) => { code: number; message: string } | null

/**
 * A real SMTP server on loopback that keeps what it receives, for tests and benchmarks. `fault` makes it
 * refuse recipients (4xx for "try later", 5xx for "never"), as real servers do at RCPT TO.
 */
export const startSmtpSink = async (options: { parse?: boolean } = {}) => {
  const received: Received[] = []
  let fault: Fault = () => null
  let count = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: 10 * 1024 * 1024,
    onRcptTo(address, _session, callback) {
      const refusal = fault(address.address.toLowerCase())
      if (!refusal) return callback()
      callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }))
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        count += 1
        const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase())
        if (options.parse === false)
          received.push({ to, raw: raw.slice(0, 2000), parsed: null as never, at: Date.now() })
        else received.push({ to, raw, parsed: await simpleParser(raw), at: Date.now() })
        callback()
      })
    },
  })
  // A client that dies mid-session (the crash test kills one) resets its connection; a real server
  // logs that and carries on, and so does the sink.
  const connectionErrors: Error[] = []
  server.on('error', (error) => connectionErrors.push(error))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    count: () => count,
    connectionErrors,
    setFault: (next: Fault) => void (fault = next),
    to: (email: string) => received.filter((m) => m.to.includes(email.toLowerCase())),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
