import { Readable, Transform } from 'node:stream'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'

import busboy from 'busboy'
import { APIError, type PayloadRequest } from 'payload'

/**
 * Reading a body from outside without trusting it: its declared length is checked before a byte
 * is read, the bytes are counted as they come (a false Content-Length or a chunked body cannot
 * pass the cap), and a multipart form is parsed as a stream, so an endpoint can refuse (a bad key,
 * a spent limit) as soon as the fields before the first file are known, before any file is read.
 */

export type UploadedFile = { field: string; name: string; data: Buffer }

export type Refusal = { status: number; message: string; field?: string }

/**
 * A body refused before or while it was read; nothing of it was kept. An APIError, so an endpoint
 * that does not answer it itself still answers its status and message (never a 500).
 */
export class BodyRefused extends APIError {
  constructor(readonly refusal: Refusal) {
    super(refusal.message, refusal.status, refusal.field ? { field: refusal.field } : null, true)
  }
}

export const tooLarge = (maxBytes: number): Refusal => ({
  status: 413,
  message: `The body is larger than ${
    maxBytes >= 1024 * 1024
      ? `${Math.round(maxBytes / 1024 / 1024)} MB`
      : `${Math.round(maxBytes / 1024)} KB`
  }; send less.`,
})

/**
 * The declared length, checked before reading: 413 over the cap, 411 when a form of files has
 * none. Answers the length, or null when none was declared.
 */
export const checkDeclaredLength = (
  req: PayloadRequest,
  maxBytes: number,
  required: boolean,
): number | null => {
  const header = req.headers.get('content-length')
  if (header === null) {
    if (required)
      throw new BodyRefused({ status: 411, message: 'Send the form with a Content-Length.' })
    return null
  }
  const length = Number(header)
  if (!/^\d+$/.test(header.trim()) || !Number.isSafeInteger(length))
    throw new BodyRefused({ status: 400, message: 'The Content-Length is not a number.' })
  if (length > maxBytes) throw new BodyRefused(tooLarge(maxBytes))
  return length
}

const LONGER_THAN_DECLARED: Refusal = {
  status: 400,
  message: 'The body is longer than its Content-Length.',
}

/** The body as a Node stream that stops past its declared length or `maxBytes`, whichever first. */
const cappedStream = (req: PayloadRequest, maxBytes: number, declared: number | null): Readable => {
  const body = req.body as WebReadableStream<Uint8Array> | null | undefined
  const source = body ? Readable.fromWeb(body) : Readable.from([])
  let seen = 0
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length
      if (declared !== null && seen > declared) done(new BodyRefused(LONGER_THAN_DECLARED))
      else if (seen > maxBytes) done(new BodyRefused(tooLarge(maxBytes)))
      else done(null, chunk)
    },
  })
  source.on('error', (error) => counter.destroy(error))
  counter.on('close', () => source.destroy())
  return source.pipe(counter)
}

/** A text body (JSON, urlencoded), at most `maxBytes`. */
export const readTextCapped = async (req: PayloadRequest, maxBytes: number): Promise<string> => {
  const declared = checkDeclaredLength(req, maxBytes, false)
  const chunks: Buffer[] = []
  for await (const chunk of cappedStream(req, maxBytes, declared)) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

export type MultipartLimits = {
  maxBytes: number
  maxFiles: number
  maxFileBytes: number
  maxFields?: number
  /** A form with files must say its length (411 otherwise); a form of text fields need not. */
  lengthRequired?: boolean
}

/**
 * A multipart form, streamed. `beforeFiles` runs once, with the text fields read so far, before
 * the first file is read (or at the end when there is none): its refusal stops the reading there.
 * Fields an app sends after its files (rare; GeoReport's examples send them first) are read too.
 */
export const readMultipart = async (
  req: PayloadRequest,
  limits: MultipartLimits,
  beforeFiles: (fields: URLSearchParams) => Promise<Refusal | null> = async () => null,
): Promise<{ fields: URLSearchParams; files: UploadedFile[] }> => {
  const declared = checkDeclaredLength(req, limits.maxBytes, limits.lengthRequired ?? true)
  const fields = new URLSearchParams()
  const files: UploadedFile[] = []
  let gate: Promise<Refusal | null> | null = null
  const passGate = () => (gate ??= beforeFiles(new URLSearchParams(fields)))
  const parser = busboy({
    headers: { 'content-type': req.headers.get('content-type') ?? '' },
    limits: {
      fileSize: limits.maxFileBytes,
      files: limits.maxFiles,
      fields: limits.maxFields ?? 50,
      fieldSize: 64 * 1024,
      parts: limits.maxFiles + (limits.maxFields ?? 50),
    },
  })
  const source = cappedStream(req, limits.maxBytes, declared)
  await new Promise<void>((resolve, reject) => {
    let failed = false
    const fail = (error: unknown) => {
      if (failed) return
      failed = true
      source.destroy()
      parser.destroy()
      reject(error)
    }
    parser.on('field', (name, value, info) => {
      if (info.valueTruncated)
        return fail(new BodyRefused({ status: 413, message: `${name} is too long.`, field: name }))
      fields.append(name, value)
    })
    parser.on('file', (field, stream, info) => {
      // A refusal destroys the parser, which ends this stream with an error: nothing to report.
      stream.on('error', () => undefined)
      // Nothing of a file is read until the fields before it were accepted.
      source.pause()
      stream.pause()
      passGate().then((refusal) => {
        if (refusal) return fail(new BodyRefused(refusal))
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('limit', () => fail(new BodyRefused({ ...tooLarge(limits.maxFileBytes), field })))
        stream.on('end', () => {
          if (!failed)
            files.push({ field, name: info.filename ?? 'file', data: Buffer.concat(chunks) })
        })
        stream.resume()
        source.resume()
      }, fail)
    })
    parser.on('filesLimit', () =>
      fail(new BodyRefused({ status: 413, message: `At most ${limits.maxFiles} files.` })),
    )
    parser.on('fieldsLimit', () =>
      fail(new BodyRefused({ status: 413, message: 'The form has too many fields.' })),
    )
    parser.on('partsLimit', () =>
      fail(new BodyRefused({ status: 413, message: 'The form has too many parts.' })),
    )
    parser.on('error', (error: Error) =>
      fail(
        error instanceof BodyRefused
          ? error
          : new BodyRefused({ status: 400, message: `The form cannot be read: ${error.message}` }),
      ),
    )
    parser.on('close', () => {
      if (failed) return
      passGate().then((refusal) => (refusal ? fail(new BodyRefused(refusal)) : resolve()), fail)
    })
    source.on('error', fail)
    source.pipe(parser)
  })
  return { fields, files }
}
