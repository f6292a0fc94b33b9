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

  it('a form field is named in its refusal, and must be text', () => {
    expect(readIdempotencyKey(undefined, 'The field idempotency_key')).toEqual({
      ok: true,
      key: null,
    })
    expect(readIdempotencyKey(['a', 'b'], 'The field idempotency_key')).toEqual({
      ok: false,
      message: 'The field idempotency_key must be text.',
    })
    expect(readIdempotencyKey('a b', 'The field idempotency_key')).toEqual({
      ok: false,
      message:
        'The field idempotency_key must be 1 to 255 visible ASCII characters (a UUID is best).',
    })
  })

  it('keys are per scope and of one length whatever was sent', () => {
    expect(receiptKeyFor('open311:1', 'a')).not.toBe(receiptKeyFor('open311:2', 'a'))
    expect(receiptKeyFor('public', 'a')).not.toBe(receiptKeyFor('open311:1', 'a'))
    expect(receiptKeyFor('open311:1', 'a')).toBe(receiptKeyFor('open311:1', 'a'))
    // The receipts already kept by Open311 posts keep their form.
    expect(receiptKeyFor('open311:1', 'a')).toMatch(/^open311:1:[\w-]{43}$/)
    expect(receiptKeyFor('public', 'x'.repeat(255)).length).toBe(
      receiptKeyFor('public', 'a').length,
    )
  })
})
