import { describe, expect, it } from 'vitest'

import { isDatabaseBusy } from './busy'

describe('a busy database', () => {
  it('is SQLite holding its lock or PostgreSQL with no connection free, however wrapped', () => {
    expect(isDatabaseBusy({ code: 'SQLITE_BUSY' })).toBe(true)
    expect(isDatabaseBusy(new Error('SQLITE_BUSY: database is locked'))).toBe(true)
    // pg-pool's words, wrapped by Drizzle's "Failed query" and by Payload.
    const pool = new Error('timeout exceeded when trying to connect')
    const query = new Error('Failed query: select 1', { cause: pool })
    expect(isDatabaseBusy(new Error('Something went wrong', { cause: query }))).toBe(true)
    expect(
      isDatabaseBusy(
        new Error('cannot begin transaction: timeout exceeded when trying to connect'),
      ),
    ).toBe(true)
  })

  it('is not any other fault', () => {
    expect(isDatabaseBusy(new Error('relation "x" does not exist'))).toBe(false)
    expect(isDatabaseBusy({ code: '23505', message: 'duplicate key value' })).toBe(false)
    expect(isDatabaseBusy(undefined)).toBe(false)
    expect(isDatabaseBusy('timeout')).toBe(false)
  })
})
