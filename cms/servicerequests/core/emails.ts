import { formatDay } from '../../core/businessDays'
import type { ClosingReason, RequestState } from './model'
import { type Language, strings } from '../../../site/lib/i18n'

/**
 * What 311 emails say, in the person's language (the words are in the catalogue: `requestMail` in
 * site/lib/i18n): the acknowledgement with the reference and the expected date, and each public
 * update. Every message links to the request's public page and, for followers, to stop the updates.
 */

export type Email = { subject: string; text: string }

const words = (language: Language) => strings(language).requestMail

export const stateWord = (state: RequestState, language: Language) => words(language).states[state]

const footer = (
  language: Language,
  statusUrl: string,
  stopUrl: string | null,
  cityName: string,
) => {
  const w = words(language)
  return [
    '',
    w.follow(statusUrl),
    ...(stopUrl ? [w.stop(stopUrl)] : []),
    '',
    w.signature(cityName),
  ].join('\n')
}

export const requestAcknowledgement = (args: {
  language: Language
  reference: string
  serviceName: string
  location: string | null
  expectedAt: Date | null
  statusUrl: string
  stopUrl: string | null
  cityName: string
  possibleDuplicate: string | null
  /** What to do if it is dangerous, when the report never answered the safety question (email). */
  safetyInstruction?: string | null
}): Email => {
  const w = words(args.language)
  const expected = args.expectedAt ? formatDay(args.expectedAt, args.language) : null
  const lines = [
    w.hello,
    '',
    ...(args.safetyInstruction ? [w.ifDangerous(args.safetyInstruction), ''] : []),
    w.received(args.serviceName, args.location),
    w.reference(args.reference),
    ...(expected ? [w.expected(expected)] : []),
    ...(args.possibleDuplicate ? [w.maybeDuplicate(args.possibleDuplicate)] : []),
    w.eachStep,
  ]
  return {
    subject: w.receivedSubject(args.reference, args.serviceName),
    text: `${lines.join('\n')}\n${footer(args.language, args.statusUrl, args.stopUrl, args.cityName)}\n`,
  }
}

export const requestUpdate = (args: {
  language: Language
  reference: string
  serviceName: string
  state: RequestState
  reason: ClosingReason | null
  notes: string | null
  statusUrl: string
  stopUrl: string | null
  cityName: string
  /** On a closing: where to say it is still not fixed (30 days: the request reopens). */
  reopenUrl?: string | null
  /** On a closing, to the reporter: the one-question survey. */
  surveyUrl?: string | null
}): Email => {
  const w = words(args.language)
  const word = stateWord(args.state, args.language)
  const lines = [
    w.hello,
    '',
    w.nowState(args.reference, args.serviceName, word),
    ...(args.reason ? [w.reasons[args.reason]] : []),
    ...(args.notes ? ['', w.notes(args.notes)] : []),
    ...(args.reopenUrl ? ['', w.stillNotFixed(args.reopenUrl)] : []),
    ...(args.surveyUrl ? ['', w.surveyAsk(args.surveyUrl)] : []),
  ]
  return {
    subject: w.updateSubject(args.reference, args.serviceName, word),
    text: `${lines.join('\n')}\n${footer(args.language, args.statusUrl, args.stopUrl, args.cityName)}\n`,
  }
}

/**
 * A status change as a text message or a push notification: short, the reference, the new state and
 * the status page (the notes stay on the page and in the email: a text is not the place for them).
 */
export const requestUpdateShort = (args: {
  language: Language
  reference: string
  serviceName: string
  state: RequestState
  statusUrl: string
  cityName: string
  reopenUrl?: string | null
  surveyUrl?: string | null
}) => {
  const w = words(args.language)
  const word = stateWord(args.state, args.language)
  const title = w.shortTitle(args.cityName, args.reference, word)
  const body = w.shortBody(args.serviceName, word)
  const reopen = args.reopenUrl ? `\n${w.stillNotFixedShort(args.reopenUrl)}` : ''
  const survey = args.surveyUrl ? `\n${w.surveyAskShort(args.surveyUrl)}` : ''
  return { title, body, text: `${title}\n${body}\n${args.statusUrl}${reopen}${survey}` }
}

/** The one message an unproven email follower gets: the link that proves the address is theirs. */
export const followConfirmation = (args: {
  language: Language
  reference: string
  serviceName: string
  confirmUrl: string
  cityName: string
}): Email => {
  const w = words(args.language)
  const lines = [
    w.hello,
    '',
    w.confirmAsked(args.reference, args.serviceName),
    w.confirmLink(args.confirmUrl),
    '',
    w.confirmIgnore,
    '',
    w.signature(args.cityName),
  ]
  return { subject: w.confirmSubject(args.reference), text: `${lines.join('\n')}\n` }
}
