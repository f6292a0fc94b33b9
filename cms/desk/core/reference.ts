/**
 * Case references (`C-2026-000123`): what a customer quotes on the phone and what threads an email
 * reply back to its case. The number is the case's sequence in the year it arrived (Toronto time).
 */

import { yearReference } from '../../core/yearReference'

export const REFERENCE_PREFIX = 'C'

const REFERENCE = /\bC-(\d{4})-(\d{6,})\b/

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

/**
 * Message-IDs of the City's own mail carry the reference, so a reply whose client dropped the
 * subject still finds its case through In-Reply-To or References:
 * `<C-2026-000123.3.k1x2@city.example>`.
 */
export const messageIdFor = (reference: string, part: string, domain: string): string =>
  `<${reference}.${part.replace(/[^A-Za-z0-9.-]/g, '')}@${domain}>`

/** The first case reference among Message-IDs (In-Reply-To first, then References, newest last). */
export const referenceInMessageIds = (ids: readonly string[], domain: string): string | null => {
  for (const id of ids) {
    const match = /^<?(C-\d{4}-\d{6,})\.[^@>]*@([^>]+)>?$/.exec(id.trim())
    if (match && match[2]!.toLowerCase() === domain.toLowerCase()) return match[1]!
  }
  return null
}
