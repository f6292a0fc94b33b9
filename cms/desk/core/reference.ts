/**
 * Case references (`C-2026-000123`): what a customer quotes on the phone and what threads an email
 * reply back to its case. The number is the case's sequence in the year it arrived (Toronto time).
 */

import { provenReferenceIn, replyToken, threadMessageId } from '../../core/replySecret'
import { yearReference } from '../../core/yearReference'

export const REFERENCE_PREFIX = 'C'

const REFERENCE = /\bC-(\d{4})-(\d{6,})\b/

/** A whole text that is a case reference (what staff type to name a case). */
export const REFERENCE_PATTERN = /^C-\d{4}-\d{6,}$/

export const formatReference = (year: number, sequence: number): string =>
  yearReference(REFERENCE_PREFIX, year, sequence)

export const parseReference = (text: string): { year: number; sequence: number } | null => {
  const match = REFERENCE.exec(text)
  return match ? { year: Number(match[1]), sequence: Number(match[2]) } : null
}

/** The reference a subject carries, bracketed as the acknowledgement wrote it or quoted bare. */
export const referenceInText = (text: string | null | undefined): string | null => {
  if (!text) return null
  const bracketed = /\[(C-\d{4}-\d{6,})\]/.exec(text)
  if (bracketed) return bracketed[1]!
  const bare = REFERENCE.exec(text)
  return bare ? bare[0] : null
}

/**
 * The subject of everything the City sends about a case: the customer's mail client threads on it.
 */
export const subjectWithReference = (reference: string, subject: string): string => {
  const clean = subject.replace(/\s+/g, ' ').trim()
  return clean.includes(`[${reference}]`) ? clean : `[${reference}] ${clean}`.trim()
}

export { replyToken }

/**
 * Message-IDs of the City's own mail about a case carry its reference and reply secret:
 * `<C-2026-000123.ack.3f9c…@city.example>`.
 */
export const messageIdFor = threadMessageId

/**
 * The case a reply proves it answers: the first Message-ID of ours among In-Reply-To and
 * References whose reply secret is right. A reference quoted without it (a forged In-Reply-To,
 * a subject) proves nothing.
 */
export const provenReference = (ids: readonly string[], domain: string, secret: string) =>
  provenReferenceIn(ids, domain, secret, /C-\d{4}-\d{6,}/)

/** A case reference named anywhere in a reply (its subject, its ids), proven or not. */
export const mentionedReference = (subject: string, ids: readonly string[]): string | null =>
  referenceInText(subject) ?? ids.map((id) => REFERENCE.exec(id)?.[0]).find(Boolean) ?? null
