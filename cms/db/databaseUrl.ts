import path from 'node:path'

/** The embedded default: a SQLite file under ./data, so a fresh clone runs with no server. */
const DEFAULT_DATABASE_URL = 'file:./data/cms.db'

export type DatabaseTarget =
  | { kind: 'sqlite'; url: string; file: string | null }
  | { kind: 'postgres'; url: string }
  | { kind: 'mongodb'; url: string }

export class DatabaseUrlError extends Error {
  override name = 'DatabaseUrlError'
}

const SUPPORTED =
  'use file:./data/cms.db (SQLite, the default), postgres://… / postgresql://… (PostgreSQL) or mongodb://… / mongodb+srv://… (MongoDB)'

/**
 * Chooses the database from DATABASE_URL. Relative SQLite paths resolve against `cwd` (the project
 * root for every npm script), so the CMS, the seed and the tests all open the same file whatever
 * bundles them.
 */
export const parseDatabaseUrl = (
  raw: string | undefined,
  cwd: string,
  fallback = DEFAULT_DATABASE_URL,
): DatabaseTarget => {
  const url = raw?.trim() || fallback
  if (url.startsWith('mongodb://') || url.startsWith('mongodb+srv://')) {
    if (!/^mongodb(\+srv)?:\/\/[^/?#]+/.test(url)) {
      throw new DatabaseUrlError(
        `DATABASE_URL ${maskUrl(url)} names no MongoDB host; ${SUPPORTED}.`,
      )
    }
    return { kind: 'mongodb', url }
  }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    if (!/^postgres(ql)?:\/\/[^/?#]+/.test(url)) {
      throw new DatabaseUrlError(
        `DATABASE_URL ${maskUrl(url)} names no PostgreSQL host; ${SUPPORTED}.`,
      )
    }
    return { kind: 'postgres', url }
  }
  if (url.startsWith('file:')) return sqliteTarget(url)
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]
  const what = scheme ? `the scheme "${scheme}:"` : 'a plain path'
  throw new DatabaseUrlError(
    `DATABASE_URL ${maskUrl(url)} uses ${what}, which is not supported; ${SUPPORTED}.`,
  )

  function sqliteTarget(fileUrl: string): DatabaseTarget {
    const rest = fileUrl.slice('file:'.length)
    if (rest === ':memory:' || rest.startsWith(':memory:?')) {
      return { kind: 'sqlite', url: fileUrl, file: null }
    }
    const withoutQuery = rest.split('?')[0] ?? ''
    const filePath = withoutQuery.startsWith('//')
      ? withoutQuery.replace(/^\/\/[^/]*/, '')
      : withoutQuery
    if (!filePath)
      throw new DatabaseUrlError(`DATABASE_URL ${fileUrl} names no file; ${SUPPORTED}.`)
    const absolute = path.resolve(cwd, decodeURIComponent(filePath))
    return { kind: 'sqlite', url: `file:${absolute}`, file: absolute }
  }
}

/** Hides passwords in a connection URL so it can be printed and logged. */
export const maskUrl = (url: string): string =>
  url
    .replace(
      /^([a-z][a-z0-9+.-]*:\/\/)([^:@/]*):([^@/]*)@/i,
      (_m, scheme, user) => `${scheme}${user}:****@`,
    )
    .replace(/([?&](?:password|pass|pwd|token|secret)=)[^&#]*/gi, '$1****')

/** The same MongoDB server with another database name (tests each take a throw-away database). */
export const withMongoDatabase = (url: string, database: string): string => {
  const match = /^(mongodb(?:\+srv)?:\/\/[^/?#]+)(\/[^?#]*)?(\?[^#]*)?$/.exec(url)
  if (!match) throw new DatabaseUrlError(`${maskUrl(url)} is not a MongoDB URL.`)
  return `${match[1]}/${database}${match[3] ?? ''}`
}

/**
 * The same PostgreSQL server with another database name (tests each take a throw-away database).
 */
export const withPostgresDatabase = (url: string, database: string): string => {
  const match = /^(postgres(?:ql)?:\/\/[^/?#]+)(\/[^?#]*)?(\?[^#]*)?$/.exec(url)
  if (!match) throw new DatabaseUrlError(`${maskUrl(url)} is not a PostgreSQL URL.`)
  return `${match[1]}/${database}${match[3] ?? ''}`
}
