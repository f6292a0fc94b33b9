import { describe, expect, it } from 'vitest'

import { MAIL_LIMITS, mailShapeFault } from './mailShape'

const message = (headers: string, body = 'Hello.') =>
  Buffer.from(`${headers}\r\n\r\n${body}`, 'latin1')
const plain = 'From: a@example.ca\r\nTo: desk@city.example\r\nSubject: Hi'

/** `depth` multipart sections, each inside the one before. */
const nested = (depth: number) => {
  let body = 'Content-Type: text/plain\r\n\r\nhi\r\n'
  for (let level = depth; level > 0; level -= 1)
    body = `Content-Type: multipart/mixed; boundary="b${level}"\r\n\r\n--b${level}\r\n${body}--b${level}--\r\n`
  return Buffer.from(`${plain}\r\n${body}`, 'latin1')
}

describe('a message that can never be read', () => {
  it('takes ordinary mail, with photos and a long folded References line', () => {
    const references = Array.from({ length: 200 }, (_, i) => `<m${i}@example.ca>`).join('\r\n ')
    expect(mailShapeFault(message(`${plain}\r\nReferences: ${references}`))).toBeNull()
    expect(mailShapeFault(nested(3))).toBeNull()
  })

  it('refuses a header line of a megabyte, or of 20 KB', () => {
    expect(mailShapeFault(message(`${plain}\r\nX-Long: ${'a'.repeat(1024 * 1024)}`))).toMatch(
      /header section is over 256 KB/,
    )
    expect(mailShapeFault(message(`${plain}\r\nX-Long: ${'a'.repeat(20_000)}`))).toMatch(
      /a header line is 20,008 bytes long/,
    )
  })

  it('refuses a header section without end', () => {
    const endless = Buffer.from(`${plain}\r\n${'X-A: b\r\n'.repeat(40_000)}`, 'latin1')
    expect(mailShapeFault(endless)).toMatch(/header section is over 256 KB/)
  })

  it('refuses parts nested thousands deep, and tens of thousands of parts', () => {
    expect(mailShapeFault(nested(3000))).toMatch(/nests 3,000 multipart sections/)
    const parts = Array.from(
      { length: 20_000 },
      (_, i) => `--b\r\nContent-Type: text/plain\r\n\r\n${i}\r\n`,
    ).join('')
    const many = message(`${plain}\r\nContent-Type: multipart/mixed; boundary="b"`, `${parts}--b--`)
    expect(mailShapeFault(many)).toMatch(/has 20,001 parts \(at most 500\)/)
  })

  it('the limits are far above real mail', () => {
    expect(MAIL_LIMITS.headerLineBytes).toBeGreaterThan(998)
    expect(MAIL_LIMITS.parts).toBeGreaterThanOrEqual(100)
  })
})
