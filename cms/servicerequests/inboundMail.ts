import type { Payload, PayloadRequest } from 'payload'

import { checkAddress } from '../addresses'
import { provenReferenceIn } from '../core/replySecret'
import { SERVICE_REQUEST_FOLLOWERS, SERVICE_REQUESTS } from '../core/slugs'
import { foldText, hasPhrase } from '../core/text/phrases'
import { keywordsOf, loadServices, type ServiceType } from './catalogue'
import { REQUEST_REFERENCE } from './core/model'
import { receiveAgencyReply } from './forwarding'
import { submitRequest } from './intake'
import { type IncomingPhoto, type PreparedPhoto, preparePhotos, storePhotos } from './photos'
import { loadRequest } from './status'
import { currentSettings } from '../settings'
import { recordEvent } from './tracking'
import { type Language } from '../../site/lib/i18n'

/**
 * Mail to the 311 address (`INBOUND_311_ADDRESS`): the service is recognised from its words (each
 * service's keywords, both languages), the place from the first civic address in the text the
 * register knows. A recognised report becomes a request (its sender follows it); a reply that
 * proves it answers 311's mail about a request, from its reporter or a follower, is added to its
 * history; anything else (a reference quoted by anyone else) is left to the desk as correspondence,
 * noted as mentioning the request.
 */

export type Mail311 = {
  from: string
  subject: string
  text: string
  messageId: string | null
  /** In-Reply-To then References: a reply proves it answers 311's mail by quoting one of ours. */
  threadIds?: readonly string[]
  language: Language
  at: Date
  /**
   * Photos attached (JPEG, PNG, WebP): they become the request's photos, private until approved.
   */
  photos?: readonly IncomingPhoto[]
  /**
   * Keeps the other attachments privately (as the desk does), with the photos that could not be
   * used as photos, and says which files it kept.
   */
  keepOtherFiles?: (unusedPhotos: readonly IncomingPhoto[]) => Promise<(number | string)[]>
  /** The receiving transaction: the mail is stored whole or not at all. */
  req?: PayloadRequest
}

export type Received311 =
  | { kind: 'opened'; reference: string }
  | { kind: 'joined'; reference: string }
  | { kind: 'duplicate'; reference: string }
  | { kind: 'unrecognised'; mentions?: string }

/** The service whose keywords the message uses most (ties go to the longer phrase). */
export const serviceFromText = (services: readonly ServiceType[], text: string) => {
  const folded = foldText(text)
  let best: { service: ServiceType; score: number } | null = null
  for (const service of services) {
    const words = [...keywordsOf(service), service.name, service.nameFr]
    const score = words.filter((w) => hasPhrase(folded, w)).reduce((sum, w) => sum + w.length, 0)
    if (score > 0 && (!best || score > best.score)) best = { service, score }
  }
  return best?.service ?? null
}

const ADDRESS_LIKE = /\b(\d{1,6}[A-Za-z]?)\s+((?:[A-Za-zÀ-ÿ][\w'’.-]*\s?){1,5})/g

/** The first civic address in the text that the register knows. */
export const addressFromText = async (payload: Payload, text: string) => {
  for (const match of text.matchAll(ADDRESS_LIKE)) {
    const words = match[2]!.trim().split(/\s+/)
    // "123 Main St near the school": try the longest run of words first, then shorter ones.
    for (let n = words.length; n >= 1; n--) {
      const checked = await checkAddress(payload, `${match[1]} ${words.slice(0, n).join(' ')}`)
      if (checked.ok) return checked.address
    }
  }
  return null
}

export const receive311Email = async (payload: Payload, mail: Mail311): Promise<Received311> => {
  if (mail.messageId) {
    const { docs } = await payload.find({
      collection: SERVICE_REQUESTS,
      where: { messageId: { equals: mail.messageId } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req: mail.req,
    })
    if (docs[0]) return { kind: 'duplicate', reference: String(docs[0].reference) }
  }
  // A reply joins a request only when it quotes a Message-ID of ours with the request's reply
  // secret and comes from someone 311 writes to about it (the reporter, a follower); a reference
  // in a subject alone is not enough, and mail never makes anyone a follower.
  const settings = currentSettings()
  const proven = provenReferenceIn(
    mail.threadIds ?? [],
    settings.inbound.domain,
    settings.payloadSecret,
    REQUEST_REFERENCE,
  )
  const candidate = proven ? await loadRequest(payload, proven) : null
  // The outside agency a request was forwarded to answers the email 311 sent it.
  if (candidate && (await receiveAgencyReply(payload, candidate, mail.from, mail.text, mail.req)))
    return { kind: 'joined', reference: candidate.reference }
  const existing = candidate && (await writesTo(payload, candidate, mail.from)) ? candidate : null
  const quoted =
    REQUEST_REFERENCE.exec(mail.subject)?.[0] ?? REQUEST_REFERENCE.exec(mail.text)?.[0] ?? proven
  if (!existing && quoted) return { kind: 'unrecognised', mentions: quoted }
  if (existing) {
    const attached = await attachTo(payload, existing, mail, mail.req)
    await recordEvent(payload, {
      request: existing.id,
      action: 'emailed',
      details: `email from ${mail.from}${attached}: ${mail.text.slice(0, 2000)}`,
      req: mail.req,
    })
    return { kind: 'joined', reference: existing.reference }
  }
  const service = serviceFromText(await loadServices(payload), `${mail.subject}\n${mail.text}`)
  if (!service) return { kind: 'unrecognised' }
  const address = await addressFromText(payload, `${mail.subject}\n${mail.text}`)
  const outcome = await submitRequest(payload, {
    serviceCode: service.code,
    description: `${mail.subject}\n\n${mail.text}`.trim().slice(0, 5000),
    addressId: address?.id ?? null,
    email: mail.from,
    language: mail.language,
    channel: 'email',
    locationOptional: true,
    receivedAt: mail.at,
    messageId: mail.messageId,
    req: mail.req,
    // The mail's photos and files are part of the request: stored in its transaction.
    alsoStore: async (doc, req) => {
      const attached = await attachTo(payload, doc, mail, req)
      if (attached)
        await recordEvent(payload, {
          request: doc.id,
          action: 'emailed',
          details: `the email's attachments${attached}`,
          req,
        })
    },
  })
  // The listener answers 451 and the sender's server tries again later; nothing was kept.
  if (outcome.kind === 'unavailable') throw new Error('The 311 request could not be stored.')
  if (outcome.kind !== 'created') return { kind: 'unrecognised' }
  return { kind: 'opened', reference: outcome.doc.reference }
}

/** Whether 311 writes to this address about the request: its reporter or one of its followers. */
const writesTo = async (
  payload: Payload,
  request: { id: number | string; email?: string | null },
  from: string,
) => {
  if (request.email && request.email.toLowerCase() === from) return true
  const { totalDocs } = await payload.count({
    collection: SERVICE_REQUEST_FOLLOWERS,
    where: {
      and: [
        { request: { equals: request.id } },
        { email: { equals: from } },
        { confirmedAt: { exists: true } },
      ],
    },
    overrideAccess: true,
  })
  return totalDocs > 0
}

/**
 * The mail's photos join the request (a photo that cannot be read is said, not silently dropped);
 * its other attachments are kept privately as the desk keeps them. Returns what to note.
 */
const attachTo = async (
  payload: Payload,
  request: { id: number | string; reference: string },
  mail: Mail311,
  req?: PayloadRequest,
) => {
  const photos: PreparedPhoto[] = []
  const unused: IncomingPhoto[] = []
  const problems: string[] = []
  for (const incoming of mail.photos ?? []) {
    const prepared = await preparePhotos([incoming])
    photos.push(...prepared.photos)
    if (prepared.problems.length) unused.push(incoming)
    problems.push(...prepared.problems.map((p) => p.message))
  }
  await storePhotos(payload, request, photos, 'email', req)
  const files = (await mail.keepOtherFiles?.(unused)) ?? []
  return [
    photos.length ? `; ${photos.length} photo(s) to review` : '',
    problems.length ? `; not usable as photos: ${problems.join(' ')}` : '',
    files.length
      ? `; other attachments kept privately: correspondence-files ${files.join(', ')}`
      : '',
  ].join('')
}
