/**
 * Correspondence is personal information (Ontario's MFIPPA): the City keeps it as long as its
 * records schedule says, then keeps only the figures. An anonymised case still counts in the
 * standards report (dates, channel, department, outcome) and says nothing about who wrote or what
 * they said.
 */
export const REMOVED = '[removed under the records retention schedule]'

/** Cases closed before this instant are past their retention period. */
export const retentionCutoff = (now: Date, years: number): Date => {
  if (!Number.isFinite(years) || years < 1)
    throw new RangeError(`A retention period is a number of years of 1 or more, not ${years}.`)
  const cutoff = new Date(now)
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - Math.floor(years))
  return cutoff
}

/** What an anonymised case keeps of its contact details and words. */
export const anonymisedCase = {
  contactName: null,
  email: null,
  phone: null,
  postalAddress: null,
  organisation: null,
  subject: REMOVED,
  summary: REMOVED,
  surveyComment: null,
} as const

export const anonymisedMessage = {
  body: REMOVED,
  fromAddress: null,
  toAddress: null,
} as const
