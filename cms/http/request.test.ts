import { describe, expect, it } from 'vitest'

import { forwardedClient } from './request'

describe('forwardedClient', () => {
  it('takes the entry our proxy added, not what the client wrote in front of it', () => {
    expect(forwardedClient('1.1.1.1, 2.2.2.2, 203.0.113.9', 1)).toBe('203.0.113.9')
    expect(forwardedClient('1.1.1.1, 203.0.113.9, 10.0.0.2', 2)).toBe('203.0.113.9')
  })
  it('a single entry (a proxy that overwrites the header) is the client', () => {
    expect(forwardedClient('203.0.113.9', 1)).toBe('203.0.113.9')
    expect(forwardedClient('203.0.113.9', 3)).toBe('203.0.113.9')
  })
  it('no header, no address', () => {
    expect(forwardedClient(null, 1)).toBeNull()
    expect(forwardedClient(' , ', 1)).toBeNull()
  })
})
