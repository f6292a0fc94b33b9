/**
 * What 311 asks its reporters after a closing: one question (1 to 5, and a comment) in the closing
 * message, and four weeks later "is it still fixed?". Each link is the request's id signed for its
 * purpose (cms/core/signedId.ts), so neither can be guessed, forged or used for the other.
 */

export const SURVEY_PURPOSE = 'survey311'
export const STILL_FIXED_PURPOSE = 'still-fixed311'

/** Four weeks after its closing, inside the 30 days in which "no" reopens the request itself. */
export const STILL_FIXED_AFTER_DAYS = 28
/** A closing older than this is not asked about any more (after an outage, say): it is stale. */
export const STILL_FIXED_UNTIL_DAYS = 35

const DAY_MS = 86_400_000

/** The closings to ask about now: closed between 35 and 28 days ago. */
export const stillFixedWindow = (now: Date) => ({
  from: new Date(now.getTime() - STILL_FIXED_UNTIL_DAYS * DAY_MS),
  to: new Date(now.getTime() - STILL_FIXED_AFTER_DAYS * DAY_MS),
})

export type StillFixedAnswer =
  | { kind: 'yes' }
  | { kind: 'no'; comment: string }
  | { kind: 'invalid'; field: 'answer' | 'comment' }

/** The check's form: yes, or no with what is wrong again (the crew needs the words). */
export const readStillFixed = (values: Record<string, unknown>): StillFixedAnswer => {
  const comment = typeof values.comment === 'string' ? values.comment.trim().slice(0, 2000) : ''
  if (values.answer === 'yes') return { kind: 'yes' }
  if (values.answer !== 'no') return { kind: 'invalid', field: 'answer' }
  return comment ? { kind: 'no', comment } : { kind: 'invalid', field: 'comment' }
}
