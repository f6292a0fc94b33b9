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

/**
 * An answer any web page may read (a browser app on another origin, such as the City's 311 app):
 * only for public endpoints, where no cookie counts (`csrf` keeps sign-ins to the CMS itself).
 */
export const readableAnywhere = (response: Response) => {
  response.headers.set('access-control-allow-origin', '*')
  response.headers.set('access-control-expose-headers', 'Idempotent-Replayed, Retry-After')
  return response
}

/** A public endpoint's handler whose every answer any web page may read. */
export const anyOrigin =
  (handler: (req: PayloadRequest) => Promise<Response>) => async (req: PayloadRequest) =>
    readableAnywhere(await handler(req))

/**
 * Whether a form post wants JSON rather than a page: a browser app on another origin posts a form
 * (no preflight) with `Accept: application/json` (a header that needs none either).
 */
export const wantsJson = (req: PayloadRequest) =>
  /\bapplication\/json\b/i.test(req.headers.get('accept') ?? '')
