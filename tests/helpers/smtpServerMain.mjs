// A real SMTP server in its own process, so a test can kill it (SIGKILL: open connections drop) and
// start it again on the same port. Usage: node smtpProcess.mjs PORT LOG_FILE MODE
//   MODE normal: accept everything; silent: accept connections and never speak; refuse: answer 451.
// Each accepted message is appended to LOG_FILE as one JSON line: { to, messageId, subject }.
import { appendFileSync } from 'node:fs'
import { createServer } from 'node:net'

import { SMTPServer } from 'smtp-server'

const [port, logFile, mode = 'normal'] = process.argv.slice(2)

if (mode === 'silent') {
  createServer((socket) => socket.on('error', () => undefined)).listen(
    Number(port),
    '127.0.0.1',
    () => console.log('ready'),
  )
} else {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (mode === 'refuse')
        return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }))
      callback()
    },
    onData(stream, session, callback) {
      const chunks = []
      stream.on('data', (chunk) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        const header = (name) => new RegExp(`^${name}: (.*)$`, 'im').exec(raw)?.[1]?.trim() ?? ''
        for (const to of session.envelope.rcptTo)
          appendFileSync(
            logFile,
            `${JSON.stringify({ to: to.address.toLowerCase(), messageId: header('Message-ID'), subject: header('Subject') })}\n`,
          )
        callback()
      })
    },
  })
  server.on('error', () => undefined)
  server.listen(Number(port), '127.0.0.1', () => console.log('ready'))
}
