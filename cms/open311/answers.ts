import { errorList, type Open311Error } from './core/documents'
import { toXml } from './core/xml'

/** Open311's answers: JSON or XML, the errors list, and CORS for browser apps. */

export type Format = 'json' | 'xml'

export const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'Content-Type',
  'access-control-max-age': '86400',
}

const ROOTS = {
  services: 'services',
  definition: 'service_definition',
  requests: 'service_requests',
  updates: 'service_request_updates',
  callbacks: 'callbacks',
  errors: 'errors',
  discovery: 'discovery',
} as const

export const answer = (
  format: Format,
  root: keyof typeof ROOTS,
  body: unknown,
  status = 200,
  cache = 'no-store',
) =>
  new Response(format === 'xml' ? toXml(ROOTS[root], body) : JSON.stringify(body), {
    status,
    headers: {
      ...CORS,
      'content-type':
        format === 'xml' ? 'text/xml; charset=utf-8' : 'application/json; charset=utf-8',
      'cache-control': cache,
    },
  })

export const fail = (
  format: Format,
  status: number,
  description: string,
  more: Open311Error[] = [],
) => answer(format, 'errors', errorList([{ code: status, description }, ...more]), status)

/** Refused input, each problem as `field: message` (what a 400 names, in either format). */
export const invalid = (format: Format, problems: readonly { field: string; message: string }[]) =>
  answer(
    format,
    'errors',
    errorList(problems.map((p) => ({ code: 400, description: `${p.field}: ${p.message}` }))),
    400,
  )
