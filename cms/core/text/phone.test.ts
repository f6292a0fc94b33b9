import { describe, expect, it } from 'vitest'

import { isCallbackNumber, isPhoneNumber, toE164 } from './phone'

describe('isPhoneNumber', () => {
  it.each([
    '519-555-0100',
    '(519) 555-0100',
    '519.555.0100',
    '5195550100',
    '+1 519 555 0100',
    '1-800-555-0100',
    '519-555-0100 ext. 1234',
    '519-555-0100 x12',
    '519-555-0100, 4',
    '311',
    '211',
  ])('accepts %j', (phone) => expect(isPhoneNumber(phone)).toBe(true))

  it.each([
    '',
    '   ',
    '555-0100',
    '119-555-0100',
    '2-519-555-0100',
    '519-555-01000',
    'call me',
    '519-CALL-NOW',
    '123',
    '911 ext 5 6',
  ])('refuses %j', (phone) => expect(isPhoneNumber(phone)).toBe(false))
})

describe('a callback number', () => {
  it('is North American or international with +', () => {
    expect(isCallbackNumber('519-555-0100')).toBe(true)
    expect(isCallbackNumber('+44 20 7946 0000')).toBe(true)
    expect(isCallbackNumber('call me')).toBe(false)
    expect(isCallbackNumber('44 20 7946 0000')).toBe(false)
  })
})

describe('mobile numbers', () => {
  it('writes North American numbers as +1 and ten digits', () => {
    expect(toE164('519-555-0123')).toBe('+15195550123')
    expect(toE164('(519) 555-0123')).toBe('+15195550123')
    expect(toE164('1 519 555 0123')).toBe('+15195550123')
    expect(toE164('+1 (519) 555-0123')).toBe('+15195550123')
  })

  it('keeps international numbers written with +, and refuses what cannot be a mobile', () => {
    expect(toE164('+33 6 12 34 56 78')).toBe('+33612345678')
    for (const bad of ['', '311', '555-0123', '019-555-0123', '519-055-0123', 'call me', '+12'])
      expect(toE164(bad), bad).toBeNull()
  })
})
