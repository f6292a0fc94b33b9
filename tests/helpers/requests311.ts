import { parseDocument } from 'htmlparser2'
import type { Payload } from 'payload'

import { SERVICE_REQUESTS } from '../../cms/core/slugs'

/** A 311 request as stored, found by its reference (the tests' way of reading back). */
export const requestByReference = async (payload: Payload, reference: string) =>
  (
    await payload.find({
      collection: SERVICE_REQUESTS,
      where: { reference: { equals: reference } },
      overrideAccess: true,
      depth: 0,
    })
  ).docs[0]!

/** Elements of an Open311 XML answer by name, each as { child: text }, as XML::Simple reads them. */
export const xmlItems = (xml: string, name: string) => {
  const found: Record<string, string>[] = []
  const walk = (node: any) => {
    if (node.name === name)
      found.push(
        Object.fromEntries(
          (node.children ?? [])
            .filter((c: any) => c.type === 'tag')
            .map((c: any) => [c.name, (c.children ?? []).map((t: any) => t.data ?? '').join('')]),
        ),
      )
    for (const child of node.children ?? []) walk(child)
  }
  walk(parseDocument(xml, { xmlMode: true }))
  return found
}
