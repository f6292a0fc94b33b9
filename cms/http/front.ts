import { createServer, request, type IncomingMessage, type Server } from 'node:http'
import { connect } from 'node:net'

/**
 * X-Forwarded-For as our front writes it: what came in (from proxies in front of us, or forged by
 * the client), then the address of the connection we accepted. `clientIp` counts back from the end.
 */
export const appendForwardedFor = (
  incoming: string | string[] | undefined,
  remoteAddress: string | undefined,
) =>
  [
    ...[incoming ?? []]
      .flat()
      .flatMap((value) => value.split(','))
      .map((entry) => entry.trim())
      .filter(Boolean),
    remoteAddress ?? 'unknown',
  ].join(', ')

const forwardedHeaders = (req: IncomingMessage) => ({
  ...req.headers,
  'x-forwarded-for': appendForwardedFor(req.headers['x-forwarded-for'], req.socket.remoteAddress),
})

/**
 * The CMS's public port. Next.js fills X-Forwarded-For with the connection's address only when the
 * header is absent, so behind nothing a client could name any address it liked and escape every
 * rate limit. This front accepts the connection itself, appends the address it saw, and hands the
 * request to Next on a loopback port (upgrades too, for the dev server's live reload).
 */
export const createFront = (innerPort: number): Server => {
  const server = createServer((req, res) => {
    const upstream = request(
      {
        host: '127.0.0.1',
        port: innerPort,
        method: req.method,
        path: req.url,
        headers: forwardedHeaders(req),
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.rawHeaders)
        answer.pipe(res)
      },
    )
    upstream.on('error', () => {
      if (!res.headersSent)
        res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '5' })
      res.end('The CMS is starting or restarting. Try again in a few seconds.')
    })
    req.pipe(upstream)
  })
  server.on('upgrade', (req, socket, head) => {
    const upstream = connect(innerPort, '127.0.0.1', () => {
      const headers = Object.entries(forwardedHeaders(req)).flatMap(([name, value]) =>
        [value ?? []].flat().map((v) => `${name}: ${v}`),
      )
      upstream.write(`${req.method} ${req.url} HTTP/1.1\r\n${headers.join('\r\n')}\r\n\r\n`)
      if (head.length) upstream.write(head)
      socket.pipe(upstream).pipe(socket)
    })
    upstream.on('error', () => socket.destroy())
    socket.on('error', () => upstream.destroy())
  })
  return server
}

/** A free port on loopback for Next behind the front. */
export const freeLoopbackPort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
