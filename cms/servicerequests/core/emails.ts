import { formatDay } from '../../core/businessDays'
import type { ClosingReason, RequestState } from './model'
import { type Language } from '../../../site/lib/i18n'

/**
 * What 311 emails say, in the person's language: the acknowledgement with the reference and the
 * expected date, and each public update. Every message links to the request's public page and, for
 * followers, to stop the updates.
 */

export type Email = { subject: string; text: string }

const STATE_WORDS: Record<Language, Record<RequestState, string>> = {
  en: {
    new: 'received',
    acknowledged: 'acknowledged',
    assigned: 'assigned to a crew',
    'in-progress': 'in progress',
    closed: 'closed',
  },
  fr: {
    new: 'reçue',
    acknowledged: 'prise en compte',
    assigned: 'confiée à une équipe',
    'in-progress': 'en cours',
    closed: 'fermée',
  },
}

const REASON_WORDS: Record<Language, Record<ClosingReason, string>> = {
  en: {
    resolved: 'The problem has been fixed.',
    duplicate: 'It was already reported; you now follow that report instead.',
    'not-city': 'This is not the City’s to fix; the notes say who is responsible.',
    'cannot-locate': 'The crew could not find the problem at this location.',
  },
  fr: {
    resolved: 'Le problème a été réglé.',
    duplicate: 'Il avait déjà été signalé; vous suivez maintenant ce signalement.',
    'not-city': 'Cela ne relève pas de la Ville; les notes indiquent qui en est responsable.',
    'cannot-locate': 'L’équipe n’a pas trouvé le problème à cet endroit.',
  },
}

export const stateWord = (state: RequestState, language: Language) => STATE_WORDS[language][state]

const footer = (language: Language, statusUrl: string, stopUrl: string | null, cityName: string) =>
  [
    '',
    language === 'fr' ? `Suivre la demande : ${statusUrl}` : `Follow the request: ${statusUrl}`,
    ...(stopUrl
      ? [
          language === 'fr'
            ? `Ne plus recevoir de nouvelles de cette demande : ${stopUrl}`
            : `Stop updates about this request: ${stopUrl}`,
        ]
      : []),
    '',
    language === 'fr' ? `311, ${cityName}` : `311, ${cityName}`,
  ].join('\n')

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
}): Email => {
  const fr = args.language === 'fr'
  const expected = args.expectedAt ? formatDay(args.expectedAt, args.language) : null
  const lines = fr
    ? [
        'Bonjour,',
        '',
        `Nous avons bien reçu votre demande « ${args.serviceName} »${args.location ? ` au ${args.location}` : ''}.`,
        `Son numéro est ${args.reference}.`,
        ...(expected ? [`Nous prévoyons la régler d’ici le ${expected}.`] : []),
        ...(args.possibleDuplicate
          ? [
              `Elle ressemble peut-être à la demande ${args.possibleDuplicate}; notre équipe vérifiera.`,
            ]
          : []),
        'Nous vous écrirons à chaque étape.',
      ]
    : [
        'Hello,',
        '',
        `We received your request “${args.serviceName}”${args.location ? ` at ${args.location}` : ''}.`,
        `Its reference is ${args.reference}.`,
        ...(expected ? [`We expect to resolve it by ${expected}.`] : []),
        ...(args.possibleDuplicate
          ? [`It may be the same problem as ${args.possibleDuplicate}; our staff will check.`]
          : []),
        'We will write to you at each step.',
      ]
  return {
    subject: fr
      ? `[${args.reference}] Demande reçue : ${args.serviceName}`
      : `[${args.reference}] Request received: ${args.serviceName}`,
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
}): Email => {
  const fr = args.language === 'fr'
  const word = stateWord(args.state, args.language)
  const lines = [
    fr ? 'Bonjour,' : 'Hello,',
    '',
    fr
      ? `Votre demande ${args.reference} (« ${args.serviceName} ») est maintenant ${word}.`
      : `Request ${args.reference} (“${args.serviceName}”) is now ${word}.`,
    ...(args.reason ? [REASON_WORDS[args.language][args.reason]] : []),
    ...(args.notes ? ['', fr ? `Notes : ${args.notes}` : `Notes: ${args.notes}`] : []),
  ]
  return {
    subject: fr
      ? `[${args.reference}] Demande ${word} : ${args.serviceName}`
      : `[${args.reference}] Request ${word}: ${args.serviceName}`,
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
}) => {
  const word = stateWord(args.state, args.language)
  const title =
    args.language === 'fr'
      ? `311 ${args.cityName} : ${args.reference} ${word}`
      : `${args.cityName} 311: ${args.reference} ${word}`
  const body =
    args.language === 'fr'
      ? `Votre demande « ${args.serviceName} » est maintenant ${word}.`
      : `Your request "${args.serviceName}" is now ${word}.`
  return { title, body, text: `${title}\n${body}\n${args.statusUrl}` }
}
