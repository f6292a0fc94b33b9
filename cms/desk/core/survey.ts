import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The one-question satisfaction survey a closing email links to: one answer per case, from a link
 * nobody can guess or forge for another case (an HMAC of the case id under the site's secret).
 */
const mac = (secret: string, id: string) =>
  createHmac('sha256', secret).update(`survey:${id}`).digest('base64url')

export const surveyToken = (secret: string, id: number | string) =>
  `${id}.${mac(secret, String(id))}`

export const readSurveyToken = (secret: string, token: unknown): string | null => {
  if (typeof token !== 'string') return null
  const match = /^([A-Za-z0-9]{1,40})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match) return null
  const expected = Buffer.from(mac(secret, match[1]!))
  const given = Buffer.from(match[2]!)
  return expected.length === given.length && timingSafeEqual(expected, given) ? match[1]! : null
}

export type SurveyAnswer = { score: 1 | 2 | 3 | 4 | 5; comment: string | null }

/** The answer from the form, or null when no score from 1 to 5 was chosen. */
export const readSurveyAnswer = (values: Record<string, unknown>): SurveyAnswer | null => {
  const score = Number(values.score)
  if (!Number.isInteger(score) || score < 1 || score > 5) return null
  const comment = typeof values.comment === 'string' ? values.comment.trim().slice(0, 2000) : ''
  return { score: score as SurveyAnswer['score'], comment: comment || null }
}
