import { escapeHtml } from '../../site/lib/html'
import { strings, type Language } from '../../site/lib/i18n'

/**
 * The one-question satisfaction form the public pages share (the desk's closing survey, 311's):
 * five choices from very dissatisfied to very satisfied, a comment, posted back to `action` with
 * the hidden fields (the signed token), and the problem of a first try above it when there was one.
 */
export const scoreSurveyForm = (args: {
  language: Language
  action: string
  hidden: Record<string, string>
  question: string
  problem?: string
}) => {
  const d = strings(args.language).desk
  const choices = d.surveyScale
    .map(
      (label, index) =>
        `<label class="checkbox"><input type="radio" name="score" value="${index + 1}" required> ${escapeHtml(label)}</label>`,
    )
    .join('')
  const hidden = Object.entries(args.hidden)
    .map(([name, value]) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`)
    .join('')
  return (
    (args.problem ? `<p role="alert"><strong>${escapeHtml(args.problem)}</strong></p>` : '') +
    `<form method="post" class="inquiry-form" action="${escapeHtml(args.action)}">${hidden}` +
    `<fieldset><legend>${escapeHtml(args.question)}</legend>${choices}</fieldset>` +
    `<p><label for="comment">${escapeHtml(d.surveyComment)}</label>` +
    `<textarea id="comment" name="comment" rows="4" cols="40" maxlength="2000"></textarea></p>` +
    `<button class="button" type="submit">${escapeHtml(d.surveySend)}</button></form>`
  )
}
