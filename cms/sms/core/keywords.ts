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

/**
 * A mobile number in E.164, as gateways want it: North American numbers as people type them
 * (519-555-0123, (519) 555-0123, 1 519 555 0123) become +15195550123; an international number
 * must start with +. Null when it cannot be a mobile number.
 */
export const toE164 = (input: string): string | null => {
  const text = input.trim()
  if (!text || /[^\d\s()+.-]/.test(text)) return null
  const digits = text.replace(/\D/g, '')
  if (text.startsWith('+')) return digits.length >= 8 && digits.length <= 15 ? `+${digits}` : null
  if (digits.length === 10 && /^[2-9]\d{2}[2-9]/.test(digits)) return `+1${digits}`
  if (digits.length === 11 && /^1[2-9]\d{2}[2-9]/.test(digits)) return `+${digits}`
  return null
}
