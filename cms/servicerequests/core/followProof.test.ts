import { describe, expect, it } from 'vitest'

import { CODE_TTL_MS, checkCode, codeHash, MAX_CODE_ATTEMPTS, newCode } from './followProof'

const SECRET = 'a-secret-of-the-server-0123456789'
const now = new Date('2026-12-06T12:00:00Z')
const stored = (code: string, over: Partial<Record<string, unknown>> = {}) => ({
  codeHash: codeHash(code, 7, SECRET),
  codeExpiresAt: new Date(now.getTime() + CODE_TTL_MS).toISOString(),
  codeAttempts: 0,
  ...over,
})

describe('a texted code to follow a request', () => {
  it('is six digits, leading zeros kept, and differs from one to the next', () => {
    const codes = Array.from({ length: 200 }, newCode)
    expect(codes.every((c) => /^\d{6}$/.test(c))).toBe(true)
    expect(new Set(codes).size).toBeGreaterThan(190)
  })

  it('is accepted as sent, with spaces, and only for the follower it was sent for', () => {
    expect(checkCode('042917', stored('042917'), 7, SECRET, now)).toEqual({ ok: true })
    expect(checkCode(' 042 917 ', stored('042917'), 7, SECRET, now)).toEqual({ ok: true })
    expect(checkCode('042917', stored('042917'), 8, SECRET, now).ok).toBe(false)
    expect(checkCode('042917', stored('042917'), 7, 'another-secret', now).ok).toBe(false)
  })

  it.each([
    ['a wrong code', '123456', {}, 'wrong'],
    ['letters', 'abcdef', {}, 'wrong'],
    ['not a string', 42917, {}, 'wrong'],
    ['none sent', '042917', { codeHash: null }, 'none'],
    ['past its 15 minutes', '042917', { codeExpiresAt: now.toISOString() }, 'expired'],
    ['after its last try', '042917', { codeAttempts: MAX_CODE_ATTEMPTS }, 'spent'],
  ])('%s is refused (%s)', (_, typed, over, reason) => {
    const result = checkCode(typed, stored('042917', over), 7, SECRET, now)
    expect(result).toMatchObject({ ok: false, reason })
  })

  it('says how many tries are left', () => {
    expect(checkCode('000000', stored('042917'), 7, SECRET, now)).toMatchObject({
      attemptsLeft: MAX_CODE_ATTEMPTS - 1,
    })
    expect(
      checkCode(
        '000000',
        stored('042917', { codeAttempts: MAX_CODE_ATTEMPTS - 1 }),
        7,
        SECRET,
        now,
      ),
    ).toMatchObject({ attemptsLeft: 0 })
  })
})
