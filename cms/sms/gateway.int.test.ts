import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sendSms, type SmsGatewayConfig } from './gateway'

/**
 * The gateway adapter against a local stub of the common HTTP shape: what it sends (path, basic
 * auth, form fields), and how each kind of answer is classed: accepted, refused for good, worth
 * trying again (after Retry-After), no answer in time.
 */
type Seen = { method: string; url: string; auth: string; type: string; form: URLSearchParams }
let server: Server
let base = ''
const seen: Seen[] = []
let reply: (res: ServerResponse) => void = (res) => res.end()

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        auth: req.headers.authorization ?? '',
        type: req.headers['content-type'] ?? '',
        form: new URLSearchParams(body),
      })
      reply(res)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const config = (): SmsGatewayConfig => ({
  url: `${base}/`,
  accountSid: 'AC123',
  authToken: 'secret-token',
  from: '+15195550000',
  timeoutMs: 500,
})
const json =
  (status: number, body: unknown, headers: Record<string, string> = {}) =>
  (res: ServerResponse) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers })
    res.end(JSON.stringify(body))
  }

describe('the SMS gateway adapter', () => {
  it('posts To, From and Body with basic auth to the account’s Messages.json, and reads the sid', async () => {
    reply = json(201, { sid: 'SM42', status: 'queued' })
    const result = await sendSms(config(), '+15195550123', 'Boil water advisory: Ward 3')
    expect(result).toEqual({ ok: true, id: 'SM42' })
    const request = seen.at(-1)!
    expect(request).toMatchObject({
      method: 'POST',
      url: '/2010-04-01/Accounts/AC123/Messages.json',
      auth: `Basic ${Buffer.from('AC123:secret-token').toString('base64')}`,
      type: 'application/x-www-form-urlencoded',
    })
    expect(Object.fromEntries(request.form)).toEqual({
      To: '+15195550123',
      From: '+15195550000',
      Body: 'Boil water advisory: Ward 3',
    })
  })

  it('classes a refused or unsubscribed number as permanent, with the gateway’s code', async () => {
    reply = json(400, { code: 21610, message: 'Attempt to send to unsubscribed recipient' })
    expect(await sendSms(config(), '+15195550123', 'x')).toMatchObject({
      ok: false,
      permanent: true,
      status: 400,
      code: 21610,
      message: expect.stringContaining('unsubscribed recipient'),
    })
  })

  it('classes throttling, outages and bad credentials as worth retrying, after Retry-After', async () => {
    reply = json(429, { code: 20429, message: 'Too Many Requests' }, { 'retry-after': '3' })
    expect(await sendSms(config(), '+15195550123', 'x')).toMatchObject({
      ok: false,
      permanent: false,
      status: 429,
      retryAfterMs: 3000,
    })
    reply = json(503, { message: 'down' })
    expect(await sendSms(config(), '+15195550123', 'x')).toMatchObject({
      permanent: false,
      status: 503,
    })
    reply = json(401, { code: 20003, message: 'Authenticate' })
    expect(await sendSms(config(), '+15195550123', 'x')).toMatchObject({ permanent: false })
  })

  it('gives up on a gateway that does not answer in time, as a transient failure', async () => {
    reply = () => undefined // never answers
    const started = Date.now()
    const result = await sendSms(config(), '+15195550123', 'x')
    expect(result).toMatchObject({ ok: false, permanent: false, status: null })
    expect(Date.now() - started).toBeLessThan(3000)
    const refused = await sendSms({ ...config(), url: 'http://127.0.0.1:1' }, '+1519', 'x')
    expect(refused).toMatchObject({ ok: false, permanent: false, status: null })
  })
})
