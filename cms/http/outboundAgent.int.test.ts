import { readFileSync } from 'node:fs'
import { createServer, request, type Server } from 'node:https'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hostRules } from '../core/url/outboundUrl'
import { checkedAddresses, OUTBOUND_REFUSED, outboundAgent, type Resolve } from './outboundAgent'

/**
 * DNS rebinding, with a real TLS listener on loopback: a name on the allow-list that resolves to
 * the machine itself is never connected to; the operator's own entries are. The resolver is the
 * only stand-in (no test can make a public name answer 127.0.0.1).
 */
const TLS = path.resolve(import.meta.dirname, '../../tests/fixtures/tls')
let server: Server
let port = 0
let connections = 0

beforeAll(async () => {
  server = createServer(
    {
      key: readFileSync(path.join(TLS, 'push-service.key')),
      cert: readFileSync(path.join(TLS, 'push-service.pem')),
    },
    (_req, res) => res.writeHead(201).end(),
  )
  server.on('secureConnection', () => (connections += 1))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as { port: number }).port
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

/** A resolver whose answers the test chooses, as a hostile DNS server would. */
const answering =
  (answers: Record<string, string[]>): Resolve =>
  async (host) =>
    (answers[host] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }))

const post = (url: string, agent: ReturnType<typeof outboundAgent>) =>
  new Promise<{ status?: number; code?: string }>((resolve) => {
    const req = request(url, { method: 'POST', agent, servername: 'localhost' }, (res) => {
      res.resume()
      resolve({ status: res.statusCode })
    })
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ code: error.code }))
    req.end('{}')
  })

describe('connecting to a URL a person gave', () => {
  const builtIn = hostRules(['.push.apple.com'], false)

  it('a built-in service name that resolves to loopback (or metadata) is refused before connecting', async () => {
    const resolve = answering({
      'rebind.push.apple.com': ['127.0.0.1'],
      'mixed.push.apple.com': ['17.253.144.10', '169.254.169.254'],
      'six.push.apple.com': ['::ffff:127.0.0.1'],
    })
    const agent = outboundAgent(builtIn, { resolve })
    const before = connections
    for (const host of ['rebind', 'mixed', 'six'])
      expect(await post(`https://${host}.push.apple.com:${port}/x`, agent)).toEqual({
        code: OUTBOUND_REFUSED,
      })
    expect(connections).toBe(before)
    agent.destroy()
  })

  it('the operator’s own entry is trusted as written, and the connection goes to the address checked', async () => {
    const trusted = [...builtIn, ...hostRules([`relay.city.example:${port}`], true)]
    const agent = outboundAgent(trusted, {
      resolve: answering({ 'relay.city.example': ['127.0.0.1'] }),
    })
    const before = connections
    expect(await post(`https://relay.city.example:${port}/x`, agent)).toEqual({ status: 201 })
    expect(connections).toBe(before + 1)
    agent.destroy()
  })

  it('a public answer passes; no answer at all is refused', async () => {
    const resolve = answering({ 'web.push.apple.com': ['17.253.144.10'] })
    expect(await checkedAddresses('web.push.apple.com', builtIn, resolve)).toEqual([
      { address: '17.253.144.10', family: 4 },
    ])
    await expect(checkedAddresses('none.push.apple.com', builtIn, resolve)).rejects.toThrow(
      'resolves to no address',
    )
  })
})
