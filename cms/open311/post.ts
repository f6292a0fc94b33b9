import type { PayloadRequest } from 'payload'

import { databaseLimiter, keepAnswer, keptAnswer } from '../coordination'
import { API_CLIENTS } from '../core/slugs'
import { BodyRefused, clientIp, notStored, readBodyWithFiles, type Refusal } from '../http'
import { MAX_REPORT_BYTES } from '../servicerequests/core/photos'
import { photosIn, requestInputFrom, submitRequest } from '../servicerequests'
import { answer, fail, type Format, invalid } from './answers'
import { type ApiClient, clientForKey } from './apiKeys'
import {
  IDEMPOTENCY_TTL_MS,
  readIdempotencyKey,
  receiptKeyFor,
} from '../servicerequests/core/idempotency'

/** What a created request's answer says: kept with an Idempotency-Key, given again to a retry. */
type Created = { service_request_id: string; token: string; service_notice: string }

const created = (format: Format, doc: Created, replayed = false) => {
  const response = answer(format, 'requests', [{ ...doc, account_id: '' }], 201)
  if (replayed) response.headers.set('Idempotent-Replayed', 'true')
  return response
}

const isCreated = (value: unknown): value is Created =>
  typeof value === 'object' && value !== null && 'service_request_id' in value

const postLimiter = databaseLimiter('open311-client', { max: 100, windowMs: 60 * 60 * 1000 })
/**
 * Posts from one address an hour, keys or not: checked before the body is read, so a flood of
 * large posts with a bad key costs no memory. Generous: a busy app's server posts for many people.
 */
const postsPerAddress = databaseLimiter('open311-address', { max: 600, windowMs: 60 * 60 * 1000 })

const NO_KEY = 'A valid `api_key` is required to post a request. Ask the City for one.'
/** How often a client's "last used" is written: to the minute is what staff read it for. */
const LAST_USED_EVERY_MS = 60_000

/** A client's post, read: its key's client, its fields and its files. */
export type ClientPost = {
  client: ApiClient
  values: Record<string, unknown>
  files: Awaited<ReturnType<typeof readBodyWithFiles>>['files']
}

/**
 * A client's post (a request or an update), refused as early as possible: the address's limit and
 * the declared length before a byte is read; a key in the URL before the body; a key in the form
 * before its first photo is read. `early` may answer a retry from what was kept, before the body
 * is read when the key is in the URL, else right after.
 */
export const readClientPost = async (
  req: PayloadRequest,
  format: Format,
  early: (client: ApiClient) => Promise<Response | null> = async () => null,
): Promise<ClientPost | Response> => {
  if (!(await postsPerAddress.take(req.payload, clientIp(req))))
    return fail(format, 429, 'Too many posts from this address this hour. Try again later.')
  const keyInUrl = req.searchParams.get('api_key')
  let client = keyInUrl ? await clientForKey(req.payload, keyInUrl) : null
  if (keyInUrl && !client) return fail(format, 403, NO_KEY)
  const before = client ? await early(client) : null
  if (before) return before
  const admit = async (values: Record<string, unknown>): Promise<Refusal | null> => {
    client ??= await clientForKey(req.payload, values.api_key)
    if (!client) return { status: 403, message: NO_KEY }
    if (!(await postLimiter.take(req.payload, String(client.id), client.rateLimitPerHour)))
      return {
        status: 429,
        message: `This key has posted its ${client.rateLimitPerHour} requests for this hour. Try again later.`,
      }
    return null
  }
  let body: Awaited<ReturnType<typeof readBodyWithFiles>>
  try {
    // Its own limit per address came first (postsPerAddress).
    body = await readBodyWithFiles(req, MAX_REPORT_BYTES, admit, { countAddress: false })
  } catch (error) {
    if (error instanceof BodyRefused) return fail(format, error.refusal.status, error.message)
    throw error
  }
  if (!client) return fail(format, 403, NO_KEY)
  const after = await early(client)
  if (after) return after
  // "Last used" to the minute: every post of a busy app rewriting the same row queued them all
  // behind its lock (297 updates at 15 ms each in bench:storm's two minutes).
  if (!client.lastUsedAt || Date.now() - Date.parse(client.lastUsedAt) > LAST_USED_EVERY_MS)
    await req.payload.update({
      collection: API_CLIENTS,
      id: client.id,
      data: { lastUsedAt: new Date().toISOString() },
      overrideAccess: true,
    })
  return { client, values: body.values, files: body.files }
}

/** A new request from an app; a retry with the same Idempotency-Key gets the first answer. */
export const postRequest = async (req: PayloadRequest, format: Format) => {
  const idempotency = readIdempotencyKey(req.headers.get('idempotency-key'))
  if (!idempotency.ok) return fail(format, 400, idempotency.message)
  const receiptKey = (client: ApiClient) =>
    idempotency.key ? receiptKeyFor(`open311:${client.id}`, idempotency.key) : null
  // A retry of a report already stored gets its first answer, before its body is even read.
  const firstAnswer = async (client: ApiClient) => {
    const key = receiptKey(client)
    const kept = key ? await keptAnswer(req.payload, key) : null
    return isCreated(kept) ? created(format, kept, true) : null
  }
  const post = await readClientPost(req, format, firstAnswer)
  if (post instanceof Response) return post
  const { client, values, files } = post
  const outcome = await submitRequest(req.payload, {
    ...requestInputFrom(values, 'app'),
    photos: photosIn(files),
    apiClient: client,
    req,
    // The key's answer is stored with the request, in its transaction: both or neither.
    alsoStore: async (doc, txReq, notice) => {
      const key = receiptKey(client)
      if (key)
        await keepAnswer(req.payload, key, {
          ttlMs: IDEMPOTENCY_TTL_MS,
          scope: `open311:${client.id}`,
          answer: answerOf(doc, notice),
          req: txReq,
        })
    },
  })
  if (outcome.kind === 'stopped') return fail(format, 400, outcome.instruction)
  if (outcome.kind === 'invalid')
    return invalid(
      format,
      outcome.problems.map((p) => ({
        field: p.field,
        message: `${p.message}${p.suggestions?.length ? ` Nearest: ${p.suggestions.map((s) => s.label).join('; ')}.` : ''}`,
      })),
    )
  if (outcome.kind === 'unavailable')
    // The same key posted twice at once: the second meets the first's answer as it stores its own.
    return (
      (await firstAnswer(client)) ??
      notStored(fail(format, 503, 'The request could not be stored; post it again in a minute.'))
    )
  if (outcome.kind !== 'created') return fail(format, 500, 'The request was not stored; try again.')
  return created(format, answerOf(outcome.doc, outcome.notice))
}

/** The duplicate hint goes to the app that posted, never into the public `status_notes`. */
const answerOf = (doc: { reference: string; token?: string | null }, notice: string | null) => ({
  service_request_id: doc.reference,
  token: doc.token ?? '',
  service_notice: notice ?? '',
})
