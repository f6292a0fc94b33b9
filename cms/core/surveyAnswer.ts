/** A one-question satisfaction survey's answer (the desk's and 311's): a score and a comment. */

export type SurveyAnswer = { score: 1 | 2 | 3 | 4 | 5; comment: string | null }

/** The answer from the form, or null when no score from 1 to 5 was chosen. */
export const readSurveyAnswer = (values: Record<string, unknown>): SurveyAnswer | null => {
  const score = Number(values.score)
  if (!Number.isInteger(score) || score < 1 || score > 5) return null
  const comment = typeof values.comment === 'string' ? values.comment.trim().slice(0, 2000) : ''
  return { score: score as SurveyAnswer['score'], comment: comment || null }
}
