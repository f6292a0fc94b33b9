import { describe, expect, it } from 'vitest'

import {
  DatabaseUrlError,
  maskUrl,
  parseDatabaseUrl,
  withMongoDatabase,
  withPostgresDatabase,
} from './databaseUrl'

const CWD = '/srv/civic'

describe('parseDatabaseUrl', () => {
  it.each([
    [
      undefined,
      { kind: 'sqlite', url: 'file:/srv/civic/data/cms.db', file: '/srv/civic/data/cms.db' },
    ],
    ['', { kind: 'sqlite', url: 'file:/srv/civic/data/cms.db', file: '/srv/civic/data/cms.db' }],
    ['   ', { kind: 'sqlite', url: 'file:/srv/civic/data/cms.db', file: '/srv/civic/data/cms.db' }],
    [
      'file:./data/cms.db',
      { kind: 'sqlite', url: 'file:/srv/civic/data/cms.db', file: '/srv/civic/data/cms.db' },
    ],
    [
      'file:other.db',
      { kind: 'sqlite', url: 'file:/srv/civic/other.db', file: '/srv/civic/other.db' },
    ],
    [
      'file:/var/lib/civic/cms.db',
      { kind: 'sqlite', url: 'file:/var/lib/civic/cms.db', file: '/var/lib/civic/cms.db' },
    ],
    [
      'file:///var/lib/civic/cms.db',
      { kind: 'sqlite', url: 'file:/var/lib/civic/cms.db', file: '/var/lib/civic/cms.db' },
    ],
    [
      'file:./my%20data/cms.db',
      { kind: 'sqlite', url: 'file:/srv/civic/my data/cms.db', file: '/srv/civic/my data/cms.db' },
    ],
    ['file::memory:', { kind: 'sqlite', url: 'file::memory:', file: null }],
    [
      'mongodb://127.0.0.1:27017/civic',
      { kind: 'mongodb', url: 'mongodb://127.0.0.1:27017/civic' },
    ],
    [
      'mongodb+srv://u:p@cluster0.example.net/civic?retryWrites=true',
      { kind: 'mongodb', url: 'mongodb+srv://u:p@cluster0.example.net/civic?retryWrites=true' },
    ],
    [
      'mongodb://a:1,b:2,c:3/civic?replicaSet=rs0',
      { kind: 'mongodb', url: 'mongodb://a:1,b:2,c:3/civic?replicaSet=rs0' },
    ],
    [
      'postgres://cms:secret@db.internal:5432/civic',
      { kind: 'postgres', url: 'postgres://cms:secret@db.internal:5432/civic' },
    ],
    [
      'postgresql://cms@127.0.0.1/civic?sslmode=require',
      { kind: 'postgres', url: 'postgresql://cms@127.0.0.1/civic?sslmode=require' },
    ],
  ])('%j', (raw, expected) => expect(parseDatabaseUrl(raw, CWD)).toEqual(expected))

  it.each([
    ['mysql://u:secret@db/civic', /the scheme "mysql:".*file:.*postgres.*mongodb/],
    ['postgres://', /names no PostgreSQL host/],
    ['./data/cms.db', /a plain path/],
    ['mongodb://', /names no MongoDB host/],
    ['file:', /names no file/],
  ])('refuses %j with a sentence', (raw, message) => {
    expect(() => parseDatabaseUrl(raw, CWD)).toThrow(DatabaseUrlError)
    expect(() => parseDatabaseUrl(raw, CWD)).toThrow(message)
  })

  it('never repeats a password in its errors', () => {
    expect(() => parseDatabaseUrl('mysql://u:secret@db/civic', CWD)).toThrow(/u:\*\*\*\*@db/)
  })
})

describe('maskUrl', () => {
  it.each([
    ['mongodb://cms:hunter2@127.0.0.1:1/x', 'mongodb://cms:****@127.0.0.1:1/x'],
    [
      'mongodb+srv://cms:p%40ss@cluster.example.net/civic',
      'mongodb+srv://cms:****@cluster.example.net/civic',
    ],
    ['smtp://mailer:s3cret@smtp.example.net:587', 'smtp://mailer:****@smtp.example.net:587'],
    ['mongodb://cms@127.0.0.1/x', 'mongodb://cms@127.0.0.1/x'],
    ['mongodb://127.0.0.1/x?password=abc&w=1', 'mongodb://127.0.0.1/x?password=****&w=1'],
    ['file:./data/cms.db', 'file:./data/cms.db'],
  ])('%s → %s', (url, masked) => expect(maskUrl(url)).toBe(masked))
})

describe('withPostgresDatabase', () => {
  it.each([
    ['postgres://u:p@127.0.0.1:5432/civic', 'postgres://u:p@127.0.0.1:5432/t1'],
    ['postgresql://u@db', 'postgresql://u@db/t1'],
    ['postgres://u:p@db/civic?sslmode=require', 'postgres://u:p@db/t1?sslmode=require'],
  ])('%s → %s', (url, expected) => expect(withPostgresDatabase(url, 't1')).toBe(expected))
})

describe('withMongoDatabase', () => {
  it.each([
    ['mongodb://127.0.0.1:27017', 'mongodb://127.0.0.1:27017/t1'],
    ['mongodb://127.0.0.1:27017/', 'mongodb://127.0.0.1:27017/t1'],
    ['mongodb://u:p@h1:1,h2:2/prod?replicaSet=rs0', 'mongodb://u:p@h1:1,h2:2/t1?replicaSet=rs0'],
    ['mongodb+srv://u:p@cluster.example.net/prod', 'mongodb+srv://u:p@cluster.example.net/t1'],
  ])('%s → %s', (url, expected) => expect(withMongoDatabase(url, 't1')).toBe(expected))

  it('refuses a URL that is not MongoDB', () => {
    expect(() => withMongoDatabase('file:./x.db', 't1')).toThrow(DatabaseUrlError)
  })
})
