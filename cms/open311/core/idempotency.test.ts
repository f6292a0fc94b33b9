import { describe, expect, it } from 'vitest'

import { readIdempotencyKey, receiptKeyFor } from './idempotency'

describe('the Idempotency-Key header', () => {
  it.each([
    [null, null],
    ['7f1c2b1e-5d2a-4f0e-9a51-0c6f2b7d1a11', '7f1c2b1e-5d2a-4f0e-9a51-0c6f2b7d1a11'],
    ['"7f1c2b1e"', '7f1c2b1e'],
    ['  report-42  ', 'report-42'],
    ['x'.repeat(255), 'x'.repeat(255)],
  ])('%j is read as %j', (header, key) => {
    expect(readIdempotencyKey(header)).toEqual({ ok: true, key })
  })

  it.each([[''], ['""'], ['two words'], ['x'.repeat(256)], ['caf\u00e9'], ['line\nbreak']])(
    '%j is refused with a message naming the header',
    (header) => {
      const read = readIdempotencyKey(header)
      expect(read.ok).toBe(false)
      if (!read.ok) expect(read.message).toContain('Idempotency-Key')
    },
  )

  it('keys are per client and of one length whatever was sent', () => {
    expect(receiptKeyFor(1, 'a')).not.toBe(receiptKeyFor(2, 'a'))
    expect(receiptKeyFor(1, 'a')).toBe(receiptKeyFor(1, 'a'))
    expect(receiptKeyFor(1, 'x'.repeat(255)).length).toBe(receiptKeyFor(1, 'a').length)
  })
})
