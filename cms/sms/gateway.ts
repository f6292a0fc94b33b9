/**
 * The SMS gateway, in the HTTP shape Twilio and many compatible gateways share: `POST
 * {url}/2010-04-01/Accounts/{sid}/Messages.json` with basic auth (the account SID and token) and
 * the form fields `To`, `From`, `Body`; a 2xx answer carries the message's `sid`. Every failure
 * says whether trying again can help: a refused number or an unsubscribed recipient cannot
 * (permanent), a busy or unreachable gateway can (transient, after `Retry-After` when it gives
 * one). Only the outbox calls this; no request of a person waits on it.
 */

export type SmsGatewayConfig = {
  url: string
  accountSid: string
  authToken: string
  from: string
  /** How long one call may take before it counts as a transient failure (default 10 s). */
  timeoutMs?: number
}

export type SmsSendResult =
  | { ok: true; id: string | null }
  | {
      ok: false
      permanent: boolean
      status: number | null
      /** The gateway's own error code (Twilio's 21610: the recipient replied STOP). */
      code: number | null
      message: string
      retryAfterMs: number | null
    }

/** Twilio-shape codes that mean the number itself will never take this message. */
const UNREACHABLE_FOR_GOOD = new Set([21211, 21214, 21408, 21610, 21612, 21614])
export const UNSUBSCRIBED_CODE = 21610

const retryAfter = (header: string | null): number | null => {
  if (!header) return null
  const seconds = Number(header)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const at = Date.parse(header)
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now())
}

export const sendSms = async (
  config: SmsGatewayConfig,
  to: string,
  body: string,
  /**
   * The delivery's own key, sent as `Idempotency-Key`: a gateway that honours it drops the repeat
   * of a text a crashed worker had already handed over (one that does not sends it again).
   */
  idempotencyKey?: string,
): Promise<SmsSendResult> => {
  const endpoint = `${config.url.replace(/\/+$/, '')}/2010-04-01/Accounts/${encodeURIComponent(config.accountSid)}/Messages.json`
  let response: Response
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${config.accountSid}:${config.authToken}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
        ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
      },
      body: new URLSearchParams({ To: to, From: config.from, Body: body }).toString(),
      signal: AbortSignal.timeout(config.timeoutMs ?? 10_000),
    })
  } catch (error) {
    return {
      ok: false,
      permanent: false,
      status: null,
      code: null,
      message: `The SMS gateway did not answer: ${(error as Error).message}`,
      retryAfterMs: null,
    }
  }
  const answer = (await response.json().catch(() => null)) as {
    sid?: unknown
    code?: unknown
    message?: unknown
  } | null
  if (response.ok) return { ok: true, id: typeof answer?.sid === 'string' ? answer.sid : null }
  const code = typeof answer?.code === 'number' ? answer.code : null
  const transient =
    response.status === 408 ||
    response.status === 429 ||
    response.status >= 500 ||
    // Credentials and accounts are fixed by people, after which the message should still go.
    response.status === 401 ||
    response.status === 403
  return {
    ok: false,
    permanent: !transient || (code !== null && UNREACHABLE_FOR_GOOD.has(code)),
    status: response.status,
    code,
    message: `The SMS gateway refused the message (${response.status}${code ? `, code ${code}` : ''}): ${typeof answer?.message === 'string' ? answer.message : response.statusText}`,
    retryAfterMs: retryAfter(response.headers.get('retry-after')),
  }
}
