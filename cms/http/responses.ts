import type { PayloadRequest } from 'payload'

/**
 * The API's error shape, as Payload's own errors: `{ errors: [{ message, field? }] }` with the
 * status.
 */
export const jsonError = (status: number, message: string, field?: string) =>
  Response.json({ errors: [{ message, ...(field ? { field } : {}) }] }, { status })

/**
 * The guard every custom staff endpoint starts with: 401 when nobody is signed in, 403 when the
 * person lacks the right, null when the request may go on.
 */
export const refuseUnless = (
  req: PayloadRequest,
  allowed: (user: NonNullable<PayloadRequest['user']>) => boolean,
  text: { signIn: string; forbidden: string },
) =>
  !req.user
    ? jsonError(401, text.signIn)
    : !allowed(req.user)
      ? jsonError(403, text.forbidden)
      : null

/** How long a client should wait before sending again what could not be stored. */
export const STORE_RETRY_AFTER_SECONDS = 60

/**
 * A valid request the server could not store (a full disk, an unreachable bucket): 503 with
 * Retry-After, since it is the server's fault and sending it again later will work.
 */
export const notStored = (response: Response, seconds = STORE_RETRY_AFTER_SECONDS) => {
  response.headers.set('Retry-After', String(seconds))
  return response
}
