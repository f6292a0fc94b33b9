/**
 * What a text message sent to the City's SMS number asks, by the keywords carriers and gateways
 * recognise (CTIA's and Canada's wireless code's STOP/START/HELP, their common synonyms, and the
 * French ARRÊT/ARRET, AIDE, DÉBUT). Only the first word counts, in any case, accents or not: "Stop
 * please" stops. Anything else is a reply, not a command.
 */
export type SmsCommand = 'stop' | 'start' | 'help' | 'other'

const WORDS: Record<Exclude<SmsCommand, 'other'>, readonly string[]> = {
  stop: [
    'STOP',
    'STOPALL',
    'UNSUBSCRIBE',
    'CANCEL',
    'END',
    'QUIT',
    'ARRET',
    'ARRETER',
    'DESABONNER',
  ],
  start: ['START', 'YES', 'UNSTOP', 'SUBSCRIBE', 'DEBUT', 'OUI'],
  help: ['HELP', 'INFO', 'AIDE'],
}

export const commandOf = (body: string): SmsCommand => {
  const first = body
    .trim()
    .split(/[\s.,;:!?]+/)[0]!
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toUpperCase()
  for (const [command, words] of Object.entries(WORDS) as [SmsCommand, readonly string[]][])
    if (words.includes(first)) return command
  return 'other'
}
