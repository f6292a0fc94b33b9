import type { Endpoint, PayloadRequest } from 'payload'

import { escapeHtml } from '../../site/lib/html'
import { strings, type Language } from '../../site/lib/i18n'
import { readSignedId } from '../core/signedId'
import { SERVICE_REQUESTS } from '../core/slugs'
import { readSurveyAnswer } from '../core/surveyAnswer'
import { notStored, readBody, scoreSurveyForm } from '../http'
import { readStillFixed, STILL_FIXED_PURPOSE, SURVEY_PURPOSE } from './core/survey'
import { messagePage, page } from './pages'
import { reopenRequest } from './reopen'
import { loadRequest } from './status'
import { statusUrl } from './tracking'

/**
 * The reporter's two questions, each behind a signed link: the closing message's "how did we do?"
 * (1 to 5 and a comment) and, four weeks on, "is it still fixed?" (no, with what is wrong, reopens
 * it as "still not fixed" does). Opening a link changes nothing; the first answer is the one kept
 * (a conditional write: a double submit records nothing the second time).
 */

const languageOf = (value: unknown): Language => (value === 'fr' ? 'fr' : 'en')

const load = async (req: PayloadRequest, purpose: string, token: unknown) => {
  const id = readSignedId(req.payload.secret, purpose, token)
  return id ? await loadRequest(req.payload, id, req) : null
}

const invalid = (language: Language) =>
  messagePage(
    language,
    strings(language).desk.surveyInvalidTitle,
    strings(language).requests.surveyInvalid,
    404,
  )

const tokenField = (token: string, language: Language) =>
  `<input type="hidden" name="t" value="${escapeHtml(token)}">` +
  `<input type="hidden" name="lang" value="${language}">`

const surveyForm = (token: string, language: Language, problem?: string) =>
  scoreSurveyForm({
    language,
    action: 'survey',
    hidden: { t: token, lang: language },
    question: strings(language).requests.surveyQuestion,
    problem,
  })

const stillFixedForm = (token: string, language: Language, reference: string, problem?: string) => {
  const t = strings(language).requests
  return (
    (problem ? `<p role="alert"><strong>${escapeHtml(problem)}</strong></p>` : '') +
    `<form method="post" class="inquiry-form" action="still-fixed">${tokenField(token, language)}` +
    `<fieldset><legend>${escapeHtml(t.stillFixedQuestion(reference))}</legend>` +
    `<label class="checkbox"><input type="radio" name="answer" value="yes" required> ${escapeHtml(t.stillFixedYes)}</label>` +
    `<label class="checkbox"><input type="radio" name="answer" value="no"> ${escapeHtml(t.stillFixedNo)}</label></fieldset>` +
    `<p><label for="comment">${escapeHtml(t.stillFixedComment)}</label>` +
    `<textarea id="comment" name="comment" rows="4" cols="40" maxlength="2000"></textarea></p>` +
    `<button class="button" type="submit">${escapeHtml(strings(language).desk.surveySend)}</button></form>`
  )
}

const thanks = (language: Language, text: string, reference: string) =>
  page(
    language,
    strings(language).desk.surveyThanksTitle,
    `<p>${escapeHtml(text)}</p><p><a href="${escapeHtml(statusUrl(reference, language))}">${escapeHtml(strings(language).requests.trackIt)}</a></p>`,
  )

export const surveyEndpoints: Endpoint[] = [
  {
    path: '/survey',
    method: 'get',
    handler: async (req) => {
      const language = languageOf(req.searchParams.get('lang'))
      const token = req.searchParams.get('t') ?? ''
      const doc = await load(req, SURVEY_PURPOSE, token)
      if (!doc) return invalid(language)
      if (doc.surveyAnsweredAt)
        return thanks(language, strings(language).desk.surveyAnswered, doc.reference)
      return page(language, strings(language).desk.surveyTitle, surveyForm(token, language))
    },
  },
  {
    path: '/survey',
    method: 'post',
    handler: async (req) => {
      const { values } = await readBody(req)
      const language = languageOf(values.lang)
      const token = typeof values.t === 'string' ? values.t : ''
      const doc = await load(req, SURVEY_PURPOSE, token)
      if (!doc) return invalid(language)
      const d = strings(language).desk
      if (doc.surveyAnsweredAt) return thanks(language, d.surveyAnswered, doc.reference)
      const answer = readSurveyAnswer(values)
      if (!answer)
        return page(language, d.surveyTitle, surveyForm(token, language, d.surveyChoose), 400)
      await req.payload.db.updateMany({
        collection: SERVICE_REQUESTS,
        where: { and: [{ id: { equals: doc.id } }, { surveyAnsweredAt: { exists: false } }] },
        data: {
          surveyScore: answer.score,
          surveyComment: answer.comment,
          surveyAnsweredAt: new Date().toISOString(),
        },
        req,
      })
      return thanks(language, d.surveyThanks, doc.reference)
    },
  },
  {
    path: '/still-fixed',
    method: 'get',
    handler: async (req) => {
      const language = languageOf(req.searchParams.get('lang'))
      const token = req.searchParams.get('t') ?? ''
      const doc = await load(req, STILL_FIXED_PURPOSE, token)
      if (!doc) return invalid(language)
      const t = strings(language).requests
      if (doc.stillFixed) return thanks(language, t.stillFixedAnswered, doc.reference)
      return page(language, t.stillFixedTitle, stillFixedForm(token, language, doc.reference))
    },
  },
  {
    path: '/still-fixed',
    method: 'post',
    handler: async (req) => {
      const { values } = await readBody(req)
      const language = languageOf(values.lang)
      const token = typeof values.t === 'string' ? values.t : ''
      const doc = await load(req, STILL_FIXED_PURPOSE, token)
      if (!doc) return invalid(language)
      const t = strings(language).requests
      if (doc.stillFixed) return thanks(language, t.stillFixedAnswered, doc.reference)
      const answer = readStillFixed(values)
      if (answer.kind === 'invalid')
        return page(
          language,
          t.stillFixedTitle,
          stillFixedForm(
            token,
            language,
            doc.reference,
            answer.field === 'answer' ? t.stillFixedChoose : t.stillFixedNeedWords,
          ),
          400,
        )
      const kept = await req.payload.db.updateMany({
        collection: SERVICE_REQUESTS,
        where: { and: [{ id: { equals: doc.id } }, { stillFixed: { exists: false } }] },
        data: { stillFixed: answer.kind },
        req,
      })
      if (answer.kind === 'yes' || (kept?.length ?? 0) === 0)
        return thanks(
          language,
          answer.kind === 'yes' ? t.stillFixedThanks : t.stillFixedAnswered,
          doc.reference,
        )
      const outcome = await reopenRequest(req.payload, {
        id: doc.id,
        by: { check: true },
        comment: answer.comment,
        req,
      })
      if (outcome.kind === 'reopened')
        return page(
          language,
          t.reopenedTitle,
          `<p>${escapeHtml(t.reopenedDone(doc.reference))}</p>`,
        )
      if (outcome.kind === 'new-request')
        return page(
          language,
          t.reopenedTitle,
          `<p>${escapeHtml(t.reopenedNew(outcome.doc.reference, doc.reference))}</p>`,
          201,
        )
      if (outcome.kind === 'open')
        return messagePage(language, t.reopenedTitle, t.reopenIsOpen(doc.reference))
      if (outcome.kind === 'merged')
        return messagePage(language, t.reopenedTitle, t.reopenMerged(outcome.into))
      // Not reopened after all: the answer is taken back, so the link works again.
      await req.payload.db.updateMany({
        collection: SERVICE_REQUESTS,
        where: { id: { equals: doc.id } },
        data: { stillFixed: null },
        req,
      })
      return notStored(messagePage(language, t.notStoredTitle, t.notStored, 503))
    },
  },
]
