import { readSignedId, signedId } from '../../core/signedId'

/**
 * The one-question satisfaction survey a closing email links to: one answer per case, from a link
 * nobody can guess or forge for another case (an HMAC of the case id under the site's secret).
 */
export const surveyToken = (secret: string, id: number | string) => signedId(secret, 'survey', id)

export const readSurveyToken = (secret: string, token: unknown): string | null =>
  readSignedId(secret, 'survey', token)

export { readSurveyAnswer, type SurveyAnswer } from '../../core/surveyAnswer'
