import type { Endpoint, PayloadRequest } from 'payload'

import { escapeHtml } from '../../site/lib/html'
import { strings, type Language } from '../../site/lib/i18n'
import { CORRESPONDENCE } from '../core/slugs'
import { htmlPage, readBody, scoreSurveyForm } from '../http'
import { currentSettings } from '../settings'
import { audit } from './audit'
import { loadCase } from './cases'
import { readSurveyAnswer, readSurveyToken } from './core/survey'

/**
 * The one-question survey a closing email links to (`/api/correspondence/survey?t=…`): a page in
 * the customer's language with a 1-5 choice and an optional comment, answered once per case.
 */
const page = (req: PayloadRequest, title: string, body: string, language: Language, status = 200) =>
  htmlPage({ title, body, language, status, siteUrl: currentSettings().siteUrl })

const load = async (req: PayloadRequest, token: unknown) => {
  const id = readSurveyToken(req.payload.secret, token)
  return id ? await loadCase(req.payload, id) : null
}

const invalid = (req: PayloadRequest, language: Language) =>
  page(
    req,
    strings(language).desk.surveyInvalidTitle,
    `<p>${escapeHtml(strings(language).desk.surveyInvalid)}</p>`,
    language,
    404,
  )

const form = (token: string, language: Language, problem?: string) =>
  scoreSurveyForm({
    language,
    action: 'survey',
    hidden: { t: token },
    question: strings(language).desk.surveyQuestion,
    problem,
  })

export const surveyEndpoints: Endpoint[] = [
  {
    path: '/survey',
    method: 'get',
    handler: async (req) => {
      const token = req.searchParams.get('t') ?? ''
      const doc = await load(req, token)
      if (!doc) return invalid(req, 'en')
      const language = doc.language
      const t = strings(language).desk
      if ((doc as { surveyAnsweredAt?: string | null }).surveyAnsweredAt)
        return page(req, t.surveyThanksTitle, `<p>${escapeHtml(t.surveyAnswered)}</p>`, language)
      return page(req, t.surveyTitle, form(token, language), language)
    },
  },
  {
    path: '/survey',
    method: 'post',
    handler: async (req) => {
      const { values } = await readBody(req)
      const token = typeof values.t === 'string' ? values.t : ''
      const doc = await load(req, token)
      if (!doc) return invalid(req, 'en')
      const language = doc.language
      const t = strings(language).desk
      if ((doc as { surveyAnsweredAt?: string | null }).surveyAnsweredAt)
        return page(req, t.surveyThanksTitle, `<p>${escapeHtml(t.surveyAnswered)}</p>`, language)
      const answer = readSurveyAnswer(values)
      if (!answer)
        return page(req, t.surveyTitle, form(token, language, t.surveyChoose), language, 400)
      // Only the first answer counts: the condition makes a double submit write nothing the second
      // time.
      const updated = await req.payload.db.updateMany({
        collection: CORRESPONDENCE,
        where: { and: [{ id: { equals: doc.id } }, { surveyAnsweredAt: { exists: false } }] },
        data: {
          satisfaction: answer.score,
          surveyComment: answer.comment,
          surveyAnsweredAt: new Date().toISOString(),
        },
      })
      if ((updated?.length ?? 0) > 0)
        await audit(req.payload, {
          case: doc.id,
          action: 'survey answered',
          details: `score ${answer.score}`,
        })
      return page(req, t.surveyThanksTitle, `<p>${escapeHtml(t.surveyThanks)}</p>`, language)
    },
  },
]
