import { describe, expect, it } from 'vitest'

import { databaseAdapter } from './adapter'

/** The adapter objects are built, not connected: this checks the choice and its settings. */
describe('databaseAdapter', () => {
  it('a file: URL gives SQLite (its WAL and busy timeout are checked on a real file in tests/)', () => {
    const adapter = databaseAdapter({ kind: 'sqlite', url: 'file:/tmp/x.db', file: '/tmp/x.db' })
    expect(adapter.name).toBe('sqlite')
    expect(adapter.defaultIDType).toBe('number')
    expect(adapter.allowIDOnCreate).toBeFalsy()
  })

  it('a mongodb: URL gives the MongoDB adapter', () => {
    const adapter = databaseAdapter({ kind: 'mongodb', url: 'mongodb://127.0.0.1:1/x' })
    expect(adapter.name).toBe('mongoose')
    expect(adapter.defaultIDType).toBe('text')
  })
})
