import { createServer } from 'node:http'

import { gatewaySignature } from '../../cms/sms/core/signature'

export type Texted = { to: string; from: string; body: string; at: number; sid: string }

/**
 * A local SMS gateway of the common HTTP shape (Twilio's): `POST /2010-04-01/Accounts/{sid}/
 * Messages.json` with basic auth and `To`, `From`, `Body`; answers 201 with a message sid, or what a
 * test asks for (a number that replied STOP to the carrier: 400 with code 21610; an outage: 503).
 * It also signs webhook calls as the gateway would, for the inbound tests.
 */
export const startSmsGateway = async (account = { sid: 'ACtest', token: 'test-auth-token' }) => {
  const received: Texted[] = []
  const blocked = new Set<string>()
  /** Idempotency keys seen, with the sid answered: a repeat is answered again and not sent. */
  const seenKeys = new Map<string, string>()
  let repeats = 0
  let down = false
  let next = 1
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      const expectedAuth = `Basic ${Buffer.from(`${account.sid}:${account.token}`).toString('base64')}`
      const answer = (status: number, json: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(json))
      }
      if (req.url !== `/2010-04-01/Accounts/${account.sid}/Messages.json`)
        return answer(404, { code: 20404, message: 'Not found' })
      if (req.headers.authorization !== expectedAuth)
        return answer(401, { code: 20003, message: 'Authenticate' })
      if (down) return answer(503, { message: 'Service unavailable' })
      const form = new URLSearchParams(body)
      const to = form.get('To') ?? ''
      if (blocked.has(to))
        return answer(400, { code: 21610, message: 'Attempt to send to unsubscribed recipient' })
      const key = req.headers['idempotency-key']
      if (typeof key === 'string' && seenKeys.has(key)) {
        repeats += 1
        return answer(201, { sid: seenKeys.get(key), status: 'queued' })
      }
      const sid = `SM${String(next++).padStart(6, '0')}`
      if (typeof key === 'string') seenKeys.set(key, sid)
      received.push({
        to,
        from: form.get('From') ?? '',
        body: form.get('Body') ?? '',
        at: Date.now(),
        sid,
      })
      answer(201, { sid, status: 'queued' })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`
  return {
    url,
    received,
    /** Texts handed over again under a key already seen (a crashed worker's repeats), not sent. */
    repeats: () => repeats,
    to: (number: string) => received.filter((text) => text.to === number),
    /** The environment a CMS process needs to use this gateway. */
    env: {
      SMS_GATEWAY_URL: url,
      SMS_ACCOUNT_SID: account.sid,
      SMS_AUTH_TOKEN: account.token,
      SMS_FROM: '+15195550000',
    },
    /** The carrier blocks texts to this number (it replied STOP to the carrier directly). */
    block: (number: string) => blocked.add(number),
    setDown: (value: boolean) => (down = value),
    /** The `X-Twilio-Signature` the gateway would send with these fields to this URL. */
    sign: (url: string, fields: Record<string, string>) =>
      gatewaySignature(account.token, url, fields),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
