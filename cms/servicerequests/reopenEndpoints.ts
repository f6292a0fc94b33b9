import type { Endpoint, PayloadRequest } from 'payload'

import { escapeHtml } from '../../site/lib/html'
import { strings, type Language } from '../../site/lib/i18n'
import { databaseLimiter } from '../coordination'
import { formatDay } from '../core/businessDays'
import {
  anyOrigin,
  BodyRefused,
  clientIp,
  jsonError,
  notStored,
  readBodyWithFiles,
  wantsJson,
} from '../http'
import { currentSettings } from '../settings'
import { MAX_REPORT_BYTES } from './core/photos'
import { reopenUntil } from './core/reopen'
import { messagePage, page, photoInput, problemsPage } from './pages'
import { photosIn } from './photos'
import { decisionFor, followerByToken, type ReopenOutcome, reopenRequest } from './reopen'
import { loadRequest } from './status'
import { statusUrl } from './tracking'

/**
 * "Still not fixed": the closing message's link opens a page with one form (a comment and photos,
 * no JavaScript needed), which posts back here; an app or a script posts JSON with the same token.
 * Opening the link changes nothing: a mail scanner that follows it reopens no request.
 */

const reopensPerIp = databaseLimiter('311-reopen-ip', { max: 20, windowMs: 60 * 60 * 1000 })

const languageOf = (value: unknown): Language => (value === 'fr' ? 'fr' : 'en')

const link = (href: string, text: string) =>
  `<p><a href="${escapeHtml(href)}">${escapeHtml(text)}</a></p>`

const reopenForm = async (req: PayloadRequest) => {
  const language = languageOf(req.searchParams.get('lang'))
  const t = strings(language).requests
  const token = req.searchParams.get('token') ?? ''
  const doc = await loadRequest(req.payload, req.routeParams?.id, req)
  const follower = doc ? await followerByToken(req.payload, doc.id, token, req) : null
  if (!doc || !follower) return messagePage(language, t.statusTitle(''), t.reopenBadLink, 404)
  const title = t.reopenTitle(doc.reference)
  const decision = decisionFor(doc)
  if (decision.kind === 'open')
    return page(
      language,
      title,
      `<p>${escapeHtml(t.reopenIsOpen(doc.reference))}</p>` +
        link(statusUrl(doc.reference, language), t.trackIt),
    )
  if (decision.kind === 'merged') {
    const into = await loadRequest(req.payload, decision.into, req)
    return page(
      language,
      title,
      `<p>${escapeHtml(t.reopenMerged(into?.reference ?? ''))}</p>` +
        (into ? link(statusUrl(into.reference, language), t.trackIt) : ''),
    )
  }
  const what =
    decision.kind === 'reopen' && doc.closedAt
      ? t.reopenSameRequest(formatDay(reopenUntil(doc.closedAt), language))
      : t.reopenNewRequest
  return page(
    language,
    title,
    `<p>${escapeHtml(t.reopenLead)}</p><p>${escapeHtml(what)}</p>` +
      `<form method="post" class="inquiry-form" enctype="multipart/form-data" action="${escapeHtml(`${currentSettings().cmsUrl}/api/service-requests/${encodeURIComponent(doc.reference)}/reopen`)}">` +
      `<input type="hidden" name="token" value="${escapeHtml(token)}">` +
      `<input type="hidden" name="language" value="${language}">` +
      `<label for="reopen-comment">${escapeHtml(t.reopenComment)} <span class="hint">${escapeHtml(t.required)}</span></label>` +
      `<textarea id="reopen-comment" name="comment" rows="5" maxlength="2000" required></textarea>` +
      photoInput(language) +
      `<button class="button" type="submit">${escapeHtml(t.reopenButton)}</button></form>` +
      link(statusUrl(doc.reference, language), t.trackIt),
  )
}

/** What a reopening answers: a page to a browser's form, JSON to an app. */
const answerOf = (outcome: ReopenOutcome, language: Language, form: boolean) => {
  const t = strings(language).requests
  switch (outcome.kind) {
    case 'not-found':
    case 'not-yours':
      return form
        ? messagePage(language, t.statusTitle(''), t.reopenBadLink, 404)
        : jsonError(404, t.reopenBadLink, 'token')
    case 'open':
      return form
        ? messagePage(language, t.reopenedTitle, t.reopenIsOpen(outcome.doc.reference), 409)
        : jsonError(409, t.reopenIsOpen(outcome.doc.reference))
    case 'merged':
      return form
        ? messagePage(language, t.reopenedTitle, t.reopenMerged(outcome.into), 409)
        : jsonError(409, t.reopenMerged(outcome.into))
    case 'invalid':
      return form
        ? problemsPage(language, outcome.problems)
        : Response.json(
            { errors: outcome.problems.map((p) => ({ field: p.field, message: p.message })) },
            { status: 400 },
          )
    case 'unavailable':
      return notStored(
        form
          ? messagePage(language, t.notStoredTitle, t.notStored, 503)
          : jsonError(503, t.notStored),
      )
    case 'reopened':
      return form
        ? page(
            language,
            t.reopenedTitle,
            `<p>${escapeHtml(t.reopenedDone(outcome.doc.reference))}</p>` +
              link(statusUrl(outcome.doc.reference, language), t.trackIt),
          )
        : Response.json({ reference: outcome.doc.reference, reopened: true, state: 'acknowledged' })
    case 'new-request':
      return form
        ? page(
            language,
            t.reopenedTitle,
            `<p>${escapeHtml(t.reopenedNew(outcome.doc.reference, outcome.from.reference))}</p>` +
              link(statusUrl(outcome.doc.reference, language), t.trackIt),
            201,
          )
        : Response.json(
            { reference: outcome.doc.reference, reopenedFrom: outcome.from.reference },
            { status: 201 },
          )
  }
}

const reopen = async (req: PayloadRequest) => {
  const queryLanguage = languageOf(req.searchParams.get('lang'))
  if (!(await reopensPerIp.take(req.payload, clientIp(req))))
    return jsonError(429, strings(queryLanguage).requests.tooMany)
  let body: Awaited<ReturnType<typeof readBodyWithFiles>>
  try {
    body = await readBodyWithFiles(req, MAX_REPORT_BYTES)
  } catch (error) {
    if (error instanceof BodyRefused) return jsonError(error.refusal.status, error.message)
    throw error
  }
  const { values, files } = body
  // An app's form post may ask for JSON (`Accept: application/json`).
  const form = body.form && !wantsJson(req)
  const language = languageOf(values.language ?? req.searchParams.get('lang'))
  const outcome = await reopenRequest(req.payload, {
    id: req.routeParams?.id,
    by: { token: values.token ?? req.searchParams.get('token') },
    comment: values.comment,
    photos: photosIn(files),
    req,
  })
  return answerOf(outcome, language, form)
}

export const reopenEndpoints: Endpoint[] = [
  { path: '/:id/reopen', method: 'get', handler: reopenForm },
  // Apps on other origins (the City's 311 app) read its answer.
  { path: '/:id/reopen', method: 'post', handler: anyOrigin(reopen) },
]
