import { describe, expect, it } from 'vitest'

import {
  formatReference,
  messageIdFor,
  parseReference,
  mentionedReference,
  provenReference,
  referenceInText,
  replyToken,
  subjectWithReference,
} from './reference'

describe('case references', () => {
  it('are C-year-six digits', () => {
    expect(formatReference(2026, 123)).toBe('C-2026-000123')
    expect(formatReference(2026, 1234567)).toBe('C-2026-1234567')
    expect(parseReference('C-2026-000123')).toEqual({ year: 2026, sequence: 123 })
    expect(() => formatReference(2026, 0)).toThrow(/1 or more/)
    expect(() => formatReference(26, 1)).toThrow(/four-digit/)
  })

  it.each([
    ['[C-2026-000123] Re: my tax bill', 'C-2026-000123'],
    ['RE: [C-2026-000123] We received your message', 'C-2026-000123'],
    ['TR : Re: re C-2026-000042 question', 'C-2026-000042'],
    ['Question about C-26-1', null],
    ['', null],
  ])('finds the reference in "%s"', (subject, expected) => {
    expect(referenceInText(subject)).toBe(expected)
  })

  it('puts the reference once at the front of a subject', () => {
    expect(subjectWithReference('C-2026-000001', 'Re:  my\nbill')).toBe(
      '[C-2026-000001] Re: my bill',
    )
    expect(subjectWithReference('C-2026-000001', 'Re: [C-2026-000001] my bill')).toBe(
      'Re: [C-2026-000001] my bill',
    )
  })

  it('threads through Message-IDs of our own domain that carry the case’s reply secret', () => {
    const secret = 'a-server-secret-of-some-length-000'
    const id = messageIdFor('C-2026-000123', 'reply.3', 'city.example', secret)
    const token = replyToken('C-2026-000123', secret)
    expect(token).toMatch(/^[0-9a-f]{24}$/)
    expect(id).toBe(`<C-2026-000123.reply3.${token}@city.example>`)
    expect(provenReference(['<abc@gmail.com>', id], 'city.example', secret)).toBe('C-2026-000123')
    expect(
      provenReference([id.replace('city.example', 'evil.example')], 'city.example', secret),
    ).toBeNull()
    expect(provenReference([], 'city.example', secret)).toBeNull()
  })

  it.each([
    ['the reference alone, as the old ids had it', '<C-2026-000123.ack@city.example>'],
    ['another case’s secret', `<C-2026-000123.ack.${'0'.repeat(24)}@city.example>`],
    [
      'a secret made with another server secret',
      messageIdFor('C-2026-000123', 'ack', 'city.example', 'x'),
    ],
    [
      'the right secret on another case',
      `<C-2026-000124.ack.${replyToken('C-2026-000123', 's3cret')}@city.example>`,
    ],
  ])('proves nothing with %s', (_label, id) => {
    expect(provenReference([id], 'city.example', 's3cret')).toBeNull()
    expect(mentionedReference('', [id])).toMatch(/^C-2026-00012[34]$/)
  })

  it('names a reference mentioned in a subject', () => {
    expect(mentionedReference('Re: [C-2026-000006] your case', [])).toBe('C-2026-000006')
    expect(mentionedReference('hello', ['<a@b.c>'])).toBeNull()
  })
})
