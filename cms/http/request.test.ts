import { describe, expect, it } from 'vitest'

import { appendForwardedFor } from './front'
import { forwardedClient } from './request'

describe('forwardedClient', () => {
  it('with no proxy of ours (the default), the connection our front saw, whatever the client wrote', () => {
    expect(forwardedClient('203.0.113.9', 0)).toBe('203.0.113.9')
    expect(forwardedClient('6.6.6.6, 203.0.113.9', 0)).toBe('203.0.113.9')
    expect(forwardedClient('1.1.1.1, 6.6.6.6, 203.0.113.9', 0)).toBe('203.0.113.9')
  })
  it('behind N proxies of ours, the entry the outermost one added', () => {
    // client forged 6.6.6.6; nginx appended the client 198.51.100.4; our front appended nginx (10.0.0.2).
    expect(forwardedClient('6.6.6.6, 198.51.100.4, 10.0.0.2', 1)).toBe('198.51.100.4')
    expect(forwardedClient('6.6.6.6, 198.51.100.4, 10.0.0.3, 10.0.0.2', 2)).toBe('198.51.100.4')
  })
  it('fewer entries than proxies: the leftmost, never a crash', () => {
    expect(forwardedClient('203.0.113.9', 3)).toBe('203.0.113.9')
  })
  it('no header, no address', () => {
    expect(forwardedClient(null, 0)).toBeNull()
    expect(forwardedClient(' , ', 1)).toBeNull()
  })
})

describe('appendForwardedFor', () => {
  it('keeps what came in and adds the connection last', () => {
    expect(appendForwardedFor(undefined, '203.0.113.9')).toBe('203.0.113.9')
    expect(appendForwardedFor('6.6.6.6', '203.0.113.9')).toBe('6.6.6.6, 203.0.113.9')
    expect(appendForwardedFor(['1.1.1.1, 2.2.2.2', '3.3.3.3'], '::1')).toBe(
      '1.1.1.1, 2.2.2.2, 3.3.3.3, ::1',
    )
  })
  it('a client rotating a forged header is still one address', () => {
    const seen = new Set(
      ['1.1.1.1', '2.2.2.2', '3.3.3.3'].map((forged) =>
        forwardedClient(appendForwardedFor(forged, '203.0.113.9'), 0),
      ),
    )
    expect([...seen]).toEqual(['203.0.113.9'])
  })
})
