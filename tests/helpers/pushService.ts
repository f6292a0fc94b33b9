import { createDecipheriv, createECDH, hkdfSync, randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:https'
import path from 'node:path'

/**
 * A local Web Push service over HTTPS (the test certificate in tests/fixtures/tls), standing in for
 * the browsers' push services: it records each message with its headers, decrypts the payload as
 * the browser would (RFC 8291, aes128gcm), and answers each subscription's status (201, or 410 once
 * a subscription is told to be gone).
 */

export type Received = {
  subscription: string
  headers: Record<string, string | string[] | undefined>
  payload: unknown
  at: number
}

const TLS = path.resolve(import.meta.dirname, '../fixtures/tls')

const b64url = (buffer: Buffer) => buffer.toString('base64url')

/** Decrypts one aes128gcm body with the subscription's private key and auth secret. */
export const decryptPush = (
  body: Buffer,
  uaPrivate: ReturnType<typeof createECDH>,
  auth: Buffer,
) => {
  const salt = body.subarray(0, 16)
  const idLength = body.readUInt8(20)
  const senderPublic = body.subarray(21, 21 + idLength)
  const records = body.subarray(21 + idLength)
  const uaPublic = uaPrivate.getPublicKey()
  const shared = uaPrivate.computeSecret(senderPublic)
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), uaPublic, senderPublic])
  const ikm = Buffer.from(hkdfSync('sha256', shared, auth, keyInfo, 32))
  const key = Buffer.from(
    hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16),
  )
  const nonce = Buffer.from(
    hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12),
  )
  const decipher = createDecipheriv('aes-128-gcm', key, nonce)
  decipher.setAuthTag(records.subarray(records.length - 16))
  const padded = Buffer.concat([
    decipher.update(records.subarray(0, records.length - 16)),
    decipher.final(),
  ])
  // The last record ends with the delimiter 2, then any zero padding.
  let end = padded.length - 1
  while (end > 0 && padded[end] === 0) end -= 1
  return padded.subarray(0, end).toString('utf8')
}

export const startPushService = async () => {
  const received: Received[] = []
  const gone = new Set<string>()
  const keys = new Map<string, { ecdh: ReturnType<typeof createECDH>; auth: Buffer }>()
  const server = createServer(
    {
      key: readFileSync(path.join(TLS, 'push-service.key')),
      cert: readFileSync(path.join(TLS, 'push-service.pem')),
    },
    (req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (chunk: Buffer) => chunks.push(chunk))
      req.on('end', () => {
        const id = (req.url ?? '').replace(/^\/push\//, '')
        if (gone.has(id) || !keys.has(id)) {
          res.writeHead(410).end()
          return
        }
        const { ecdh, auth } = keys.get(id)!
        const text = decryptPush(Buffer.concat(chunks), ecdh, auth)
        received.push({
          subscription: id,
          headers: req.headers,
          payload: JSON.parse(text),
          at: Date.now(),
        })
        res.writeHead(201).end()
      })
    },
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  return {
    received,
    /** This service as PUSH_SERVICE_HOSTS names it: a plain host would mean port 443. */
    hostEntry: `127.0.0.1:${port}`,
    /** A new browser subscription: its endpoint and keys, as `PushSubscription.toJSON()` gives them. */
    subscribe: () => {
      const id = b64url(randomBytes(9))
      const ecdh = createECDH('prime256v1')
      ecdh.generateKeys()
      const auth = randomBytes(16)
      keys.set(id, { ecdh, auth })
      return {
        id,
        endpoint: `https://127.0.0.1:${port}/push/${id}`,
        keys: { p256dh: b64url(ecdh.getPublicKey()), auth: b64url(auth) },
      }
    },
    /** The browser unsubscribed: the service answers 410 Gone from now on. */
    unsubscribe: (id: string) => gone.add(id),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
