import type { AfterErrorHook } from 'payload'

/** How long a client should wait before trying again after the database was busy. */
const BUSY_RETRY_AFTER_SECONDS = 5

/**
 * SQLite's "database is locked" (another process holds the write lock), or PostgreSQL's pool with
 * no connection free in time (every one held by work in progress, on a storm day), however deep it
 * is wrapped.
 */
export const isDatabaseBusy = (error: unknown): boolean => {
  for (
    let e = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0;
    e && depth < 6;
    e = e.cause as typeof e, depth += 1
  ) {
    if (
      e.code === 'SQLITE_BUSY' ||
      e.code === 'SQLITE_LOCKED' ||
      /SQLITE_BUSY|database is locked|timeout exceeded when trying to connect/i.test(
        String(e.message ?? ''),
      )
    )
      return true
  }
  return false
}

/**
 * A busy database is a moment, not a fault of the request: answer 503 with Retry-After, so clients
 * and the admin try again, instead of a 500. (SQLite waits SQLITE_BUSY_TIMEOUT_MS for the lock
 * first.)
 */
export const busyDatabaseAnswer: AfterErrorHook = ({ error, req }) => {
  if (!isDatabaseBusy(error)) return
  req.responseHeaders = new Headers({ 'Retry-After': String(BUSY_RETRY_AFTER_SECONDS) })
  return {
    status: 503,
    response: {
      errors: [
        {
          message: `The database is busy. Try again in ${BUSY_RETRY_AFTER_SECONDS} seconds; nothing was saved.`,
        },
      ],
    },
  }
}
