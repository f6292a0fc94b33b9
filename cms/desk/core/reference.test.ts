import { describe, expect, it } from 'vitest'

import {
  formatReference,
  messageIdFor,
  parseReference,
  referenceInMessageIds,
  referenceInText,
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

  it('threads through Message-IDs of our own domain only', () => {
    const id = messageIdFor('C-2026-000123', 'reply.3', 'city.example')
    expect(id).toBe('<C-2026-000123.reply.3@city.example>')
    expect(referenceInMessageIds(['<abc@gmail.com>', id], 'city.example')).toBe('C-2026-000123')
    expect(referenceInMessageIds(['<C-2026-000123.x@evil.example>'], 'city.example')).toBeNull()
    expect(referenceInMessageIds([], 'city.example')).toBeNull()
  })
})
