import type { PayloadRequest } from 'payload'

import { databaseLimiter, keepAnswer, keptAnswer } from '../coordination'
import {
  BodyRefused,
  clientIp,
  jsonError,
  notStored,
  readableAnywhere,
  readBodyWithFiles,
} from '../http'
import type { RequestChannel } from './core/model'
import { DANGER_CODE } from './core/safety'
import { MAX_REPORT_BYTES } from './core/photos'
import { IDEMPOTENCY_TTL_MS, readIdempotencyKey, receiptKeyFor } from './core/idempotency'
import { submitRequest } from './intake'
import { photosIn } from './photos'
import { requestInputFrom } from './readInput'
import type { RequestDoc } from './requestDoc'
import { surveyUrl } from './tracking'

/**
 * A report from the public through `POST /api/service-requests` (an app without a key, the
 * City's own 311 app): JSON, a form or multipart with up to three `media` photos, answered in JSON
 * that any origin may read (it carries no cookie and answers only what the poster sent). A phone
 * that queued the report offline sends it with an idempotency key, so a retry after a lost answer
 * gets the first answer again instead of a second request.
 */

export const perIp = databaseLimiter('311-ip', { max: 10, windowMs: 60 * 60 * 1000 })

/** Any page may read the answer; no cache keeps it. */
const open = (response: Response) => {
  response.headers.set('cache-control', 'no-store')
  return readableAnywhere(response)
}

type Created = {
  reference: string
  expectedAt: string | null
  token: string
  survey: string
  nearby: unknown[]
}

const isCreated = (value: unknown): value is Created =>
  typeof value === 'object' && value !== null && 'reference' in value

const created = (body: Created, replayed: boolean) => {
  const response = Response.json(body, { status: 201 })
  if (replayed) response.headers.set('Idempotent-Replayed', 'true')
  return response
}

/** `channel: app` marks the City's app (and other apps) in the figures; else it is the web. */
const channelOf = (value: unknown): RequestChannel => (value === 'app' ? 'app' : 'web')

const FIELD = 'The field idempotency_key'

/** The safety question's stopping answer: what to do instead, and nothing stored. */
export const stoppedJson = (instruction: string) =>
  Response.json(
    { stopped: true, errors: [{ field: `attribute[${DANGER_CODE}]`, message: instruction }] },
    { status: 400 },
  )

/** Each problem names its field (and the register's nearest addresses when it was the address). */
export const problemsJson = (
  problems: { field: string; message: string; suggestions?: unknown[] }[],
) =>
  Response.json(
    {
      errors: problems.map((p) => ({
        field: p.field,
        message: p.message,
        ...(p.suggestions ? { suggestions: p.suggestions } : {}),
      })),
    },
    { status: 400 },
  )

export const publicReport = async (req: PayloadRequest): Promise<Response> => {
  const header = readIdempotencyKey(req.headers.get('idempotency-key'))
  if (!header.ok) return open(jsonError(400, header.message, 'Idempotency-Key'))
  const replay = async (key: string | null) => {
    const kept = key ? await keptAnswer(req.payload, receiptKeyFor('public', key)) : null
    return isCreated(kept) ? open(created(kept, true)) : null
  }
  // A retry of a report already stored is answered before its body (and its photos) is read, and
  // before it counts against the connection's hour.
  const early = await replay(header.key)
  if (early) return early
  if (!(await perIp.take(req.payload, clientIp(req))))
    return open(
      jsonError(
        429,
        'Too many reports from this connection in the last hour. Try later, or call 311.',
      ),
    )
  let body: Awaited<ReturnType<typeof readBodyWithFiles>>
  try {
    // Its own limit per address came first (perIp).
    body = await readBodyWithFiles(req, MAX_REPORT_BYTES, async () => null, {
      countAddress: false,
    })
  } catch (error) {
    if (!(error instanceof BodyRefused)) throw error
    return open(jsonError(error.refusal.status, error.message, 'media'))
  }
  const { values, files } = body
  const field = readIdempotencyKey(values.idempotency_key, FIELD)
  if (!field.ok) return open(jsonError(400, field.message, 'idempotency_key'))
  const key = header.key ?? field.key
  if (header.key === null) {
    const late = await replay(key)
    if (late) return late
  }
  const outcome = await submitRequest(req.payload, {
    ...requestInputFrom(values, channelOf(values.channel)),
    photos: photosIn(files),
    req,
    // The key's answer is stored with the request, in its transaction: both or neither.
    alsoStore: async (doc, txReq) => {
      if (key)
        await keepAnswer(req.payload, receiptKeyFor('public', key), {
          ttlMs: IDEMPOTENCY_TTL_MS,
          scope: 'public',
          answer: answerOf(req, doc, []),
          req: txReq,
        })
    },
  })
  if (outcome.kind === 'stopped') return open(stoppedJson(outcome.instruction))
  if (outcome.kind === 'invalid') return open(problemsJson(outcome.problems))
  if (outcome.kind === 'created')
    return open(created(answerOf(req, outcome.doc, outcome.nearby), false))
  // The same key sent twice at once: the second meets the first's answer as it stores its own.
  return (
    (await replay(key)) ??
    open(notStored(jsonError(503, 'The report could not be stored; send it again in a minute.')))
  )
}

const answerOf = (
  req: PayloadRequest,
  doc: Pick<RequestDoc, 'id' | 'reference' | 'expectedAt' | 'token' | 'language'>,
  nearby: { reference: string; metres: number; state: string }[],
): Created => ({
  reference: doc.reference,
  expectedAt: doc.expectedAt ?? null,
  // Open311's `tokens/{token}`: the poster's way back to the request, as Open311 apps get.
  token: doc.token ?? '',
  // The reporter's "how did we do?" for once it is closed (the closing message carries the same).
  survey: surveyUrl(req.payload.secret, doc.id, doc.language === 'fr' ? 'fr' : 'en'),
  nearby: nearby.map(({ reference, metres, state }) => ({ reference, metres, state })),
})
