import { describe, expect, it } from 'vitest'

import { createGatewayHealth, PROBE_INTERVAL_MS, REFUSAL_STORM } from './gatewayHealth'

const at = (ms: number) => new Date(ms)
/** Failures as a channel classes them (the email channel's words for its SMTP server). */
const failure = (
  kind: 'temporary' | 'permanent',
  scope: 'server' | 'recipient',
  code: number | null,
  message: string,
) => ({ kind, scope, code, message })
const refused = failure('temporary', 'server', null, 'connect ECONNREFUSED 127.0.0.1:2525')
const silent = failure('temporary', 'server', null, 'Greeting never received')
const later = failure('temporary', 'recipient', 451, '451 Try again later')
const gone = failure('permanent', 'recipient', 550, '550 No such user')

describe('gateway health', () => {
  it('sends while all is well', () => {
    const health = createGatewayHealth()
    expect(health.decide(at(0))).toBe('send')
    expect(health.snapshot()).toMatchObject({ state: 'ok', since: null })
  })

  it('an unreachable server: degraded at once, one probe every interval, ok again on the first success', () => {
    const health = createGatewayHealth()
    expect(health.failed(refused, at(1000))).toBe('server')
    expect(health.snapshot()).toMatchObject({
      state: 'degraded',
      since: at(1000),
      lastError: refused.message,
    })
    expect(health.decide(at(1000 + PROBE_INTERVAL_MS - 1))).toBe('wait')
    expect(health.decide(at(1000 + PROBE_INTERVAL_MS))).toBe('probe')
    health.failed(silent, at(7000))
    expect(health.snapshot().since).toEqual(at(1000)) // still the start of the outage
    expect(health.decide(at(7001))).toBe('wait')
    health.succeeded(at(20_000))
    expect(health.snapshot()).toMatchObject({ state: 'ok', since: null, lastSuccessAt: at(20_000) })
    expect(health.decide(at(20_001))).toBe('send')
  })

  it("a few 4xx are the recipients' business; a storm of them is the server's", () => {
    const health = createGatewayHealth()
    for (let i = 1; i < REFUSAL_STORM; i += 1) expect(health.failed(later, at(i))).toBe('recipient')
    expect(health.snapshot().state).toBe('ok')
    expect(health.failed(later, at(REFUSAL_STORM))).toBe('server')
    expect(health.snapshot().state).toBe('degraded')
  })

  it('a success in between resets the count of refusals', () => {
    const health = createGatewayHealth()
    for (let round = 0; round < 3; round += 1) {
      for (let i = 1; i < REFUSAL_STORM; i += 1)
        expect(health.failed(later, at(i))).toBe('recipient')
      health.succeeded(at(100))
    }
    expect(health.snapshot().state).toBe('ok')
  })

  it('while degraded, an answer about one message (a 550, a lone 451) shows the server is back', () => {
    const health = createGatewayHealth()
    health.failed(refused, at(0))
    expect(health.failed(gone, at(PROBE_INTERVAL_MS))).toBe('recipient')
    expect(health.snapshot()).toMatchObject({ state: 'ok', since: null })
  })

  it('a permanent refusal is about one address, never an outage', () => {
    const health = createGatewayHealth()
    for (let i = 0; i < 20; i += 1) expect(health.failed(gone, at(i))).toBe('recipient')
    expect(health.snapshot().state).toBe('ok')
  })
})
